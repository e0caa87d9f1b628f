import {
  PROJECT_PHASES,
  PROJECT_ROLES,
  PROJECT_VISIBILITIES,
  type ProjectPhase,
  type ProjectRelation,
  type ProjectRole,
  type ProjectVisibility,
} from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';

/** The words for phases, visibilities and roles, and option lists in the domain's order. */
export function useProjectTerms() {
  const { t } = useTranslation('projects');
  const phase = (value: ProjectPhase) => t(`phase.${value}`);
  const visibility = (value: ProjectVisibility) => t(`visibility.${value}`);
  const relation = (value: ProjectRelation) => t(`relation.${value}`);
  return {
    phase,
    visibility,
    relation,
    role: (value: ProjectRole) => relation(value),
    phaseOptions: PROJECT_PHASES.map((value) => ({ value, label: phase(value) })),
    visibilityOptions: PROJECT_VISIBILITIES.map((value) => ({ value, label: visibility(value) })),
    roleOptions: PROJECT_ROLES.map((value) => ({ value, label: relation(value) })),
  };
}
