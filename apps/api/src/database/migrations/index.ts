import { InitialSchema1732400000000 } from './1732400000000-initial-schema';
import { Collaboration1732500000000 } from './1732500000000-collaboration';
import { SearchFoldsDiacritics1732600000000 } from './1732600000000-search-folds-diacritics';
import { Hypotheses1732710000000 } from './1732710000000-hypotheses';
import { Datasets1732800000000 } from './1732800000000-datasets';
import { QuestionRegistrations1732810000000 } from './1732810000000-question-registrations';
import { NotificationsAndVisits1732820000000 } from './1732820000000-notifications-and-visits';
import { QualityReports1732830000000 } from './1732830000000-quality-reports';
import { HypothesisProgress1732840000000 } from './1732840000000-hypothesis-progress';

/** In order of application. New migrations are appended here. */
export const MIGRATIONS = [
  InitialSchema1732400000000,
  Collaboration1732500000000,
  SearchFoldsDiacritics1732600000000,
  Hypotheses1732710000000,
  Datasets1732800000000,
  QuestionRegistrations1732810000000,
  NotificationsAndVisits1732820000000,
  QualityReports1732830000000,
  HypothesisProgress1732840000000,
];
