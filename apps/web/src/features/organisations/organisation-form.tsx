import { useMutation } from '@apollo/client/react';
import {
  COLOUR_PATTERN,
  LIMITS,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@ketenlab/domain';
import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  SelectField,
  TextField,
  useFieldIds,
  useFormProblems,
  useValidationText,
  type FieldErrors,
  SubmitButton,
} from '../../shared/forms';

const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      kind
      colour
      createdAt
    }
  }
`);

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      kind
      colour
    }
  }
`);

const FIELDS = ['name', 'kind', 'colour'] as const;
type Field = (typeof FIELDS)[number];
const NAME_MIN = 2;

interface OrganisationFormProps {
  /** The organisation to edit; without it the form creates a new one. */
  organisation?: { id: string; name: string; kind: OrganisationKind; colour: string };
  onDone: (name: string) => void;
  onCancel?: () => void;
}

export function OrganisationForm({ organisation, onDone, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation('organisations');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = useFieldIds(FIELDS);
  const validation = useValidationText();
  const problems = useFormProblems(FIELDS);
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<OrganisationKind>(organisation?.kind ?? 'partner');
  const [colour, setColour] = useState(organisation?.colour ?? '#');
  const [create, creating] = useMutation(CreateOrganisationMutation, {
    refetchQueries: ['Organisations'],
  });
  const [update, updating] = useMutation(UpdateOrganisationMutation);
  const busy = creating.loading || updating.loading;

  useEffect(() => {
    if (organisation) heading.current?.focus();
  }, [organisation]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors<Field> = {};
    if (!name.trim()) found.name = validation.required(t('fields.name'));
    else if (name.trim().length < NAME_MIN)
      found.name = validation.minLength(t('fields.name'), NAME_MIN);
    if (!COLOUR_PATTERN.test(colour.trim())) found.colour = validation.colour();
    if (!problems.check(found)) return;
    const input = { name: name.trim(), kind, colour: colour.trim().toLowerCase() };
    try {
      if (organisation) await update({ variables: { input: { id: organisation.id, ...input } } });
      else await create({ variables: { input } });
      if (!organisation) {
        setName('');
        setColour('#');
      }
      onDone(input.name);
    } catch (error) {
      problems.showError(error);
    }
  };

  const form = (
    <form onSubmit={onSubmit} noValidate className="kl-form">
      <ErrorSummary problems={problems} ids={ids} order={FIELDS} />
      <TextField
        id={ids.name}
        label={t('fields.name')}
        maxLength={LIMITS.organisationNameMax}
        value={name}
        onChange={setName}
        error={problems.fields.name}
      />
      <SelectField
        id={ids.kind}
        label={t('fields.kind')}
        options={ORGANISATION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        value={kind}
        onChange={setKind}
        error={problems.fields.kind}
      />
      <div className="kl-colour-field">
        <TextField
          id={ids.colour}
          label={t('fields.colour')}
          description={t('fields.colourDescription')}
          maxLength={7}
          spellCheck={false}
          value={colour}
          onChange={setColour}
          error={problems.fields.colour}
        />
        {COLOUR_PATTERN.test(colour) ? (
          <span
            className="kl-swatch kl-swatch--large"
            style={{ backgroundColor: colour }}
            aria-hidden="true"
          />
        ) : null}
      </div>
      <ButtonGroup>
        <SubmitButton busy={busy}>
          {organisation ? t('edit.submit') : t('create.submit')}
        </SubmitButton>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('edit.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );

  if (!organisation) return form;
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId} ref={heading} tabIndex={-1}>
        {t('edit.title', { name: organisation.name })}
      </Heading2>
      {form}
    </section>
  );
}
