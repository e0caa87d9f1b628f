// Proves that the module-boundary constraints in eslint.config.mjs are real: each snippet
// below breaks one rule and must be reported. A constraint matrix that never fires is decoration.
import { ESLint } from 'eslint';

const cases = [
  {
    rule: 'the web never imports the API',
    filePath: 'apps/web/src/boundary-probe.ts',
    code: "import { AppModule } from '../../api/src/app/app.module';\nexport const x = AppModule;\n",
  },
  {
    rule: 'libraries never import apps',
    filePath: 'libs/domain/src/lib/boundary-probe.ts',
    code: "import { AppModule } from '../../../../apps/api/src/app/app.module';\nexport const x = AppModule;\n",
  },
  {
    rule: 'pure libraries import no framework',
    filePath: 'libs/domain/src/lib/boundary-probe.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
  },
  {
    rule: 'pure libraries import no ORM',
    filePath: 'libs/domain/src/lib/boundary-probe.ts',
    code: "import { Entity } from 'typeorm';\nexport const x = Entity;\n",
  },
  {
    rule: 'dataset ingest imports no Nest',
    filePath: 'libs/datasets/src/lib/boundary-probe.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
  },
  {
    rule: 'dataset ingest imports no ORM',
    filePath: 'libs/datasets/src/lib/boundary-probe.ts',
    code: "import { Entity } from 'typeorm';\nexport const x = Entity;\n",
  },
  {
    rule: 'the web never imports dataset ingest (scope:api)',
    filePath: 'apps/web/src/boundary-probe.ts',
    code: "import { ingestDataset } from '@ketenlab/datasets';\nexport const x = ingestDataset;\n",
  },
  {
    rule: 'the collaboration core imports no Nest or database',
    filePath: 'libs/collab/src/lib/boundary-probe.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
  },
];

const eslint = new ESLint();
let failures = 0;
for (const probe of cases) {
  const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath });
  const fired = result.messages.some(
    (m) => m.ruleId === '@nx/enforce-module-boundaries' && m.severity === 2,
  );
  console.log(`${fired ? 'ok  ' : 'FAIL'} ${probe.rule}`);
  if (!fired) failures++;
}
if (failures) {
  console.error(`${failures} module-boundary constraint(s) did not fire`);
  process.exit(1);
}
