import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { memberName, type ContinuityMember, type Role, type RoleBody } from './types';

const FIELDS = ['holderLinkId', 'role', 'successor', 'whenText', 'whenOn'];

/** Add a row "wie neemt welke rol over en wanneer". */
export function RoleForm({ clientId, members, onSaved }: { clientId: string; members: ContinuityMember[]; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [holder, setHolder] = useState('');
  const [role, setRole] = useState('');
  const [successorKind, setSuccessorKind] = useState<'member' | 'named'>('member');
  const [successorLink, setSuccessorLink] = useState('');
  const [successorName, setSuccessorName] = useState('');
  const [whenText, setWhenText] = useState('');
  const [whenOn, setWhenOn] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const options = (empty: string) => [{ value: '', label: empty }, ...members.map((m) => ({ value: m.linkId, label: memberName(m) }))];

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          holderLinkId: !holder && t('continuity.roles.holderRequired'),
          role: !role.trim() && t('continuity.roles.roleRequired'),
          successor: (successorKind === 'member' ? !successorLink : !successorName.trim()) && t('continuity.roles.successorRequired'),
          whenText: !whenText.trim() && !whenOn && t('continuity.roles.whenRequired'),
        }),
      async () => {
        const body: RoleBody = {
          holderLinkId: holder,
          role: role.trim(),
          successor: successorKind === 'member' ? { kind: 'member', linkId: successorLink } : { kind: 'named', name: successorName.trim() },
          whenText: whenText.trim() || null,
          whenOn: whenOn || null,
        };
        const saved = await api.post<Role>(`/api/clients/${encodeURIComponent(clientId)}/continuity/roles`, body);
        clearErrors();
        setHolder('');
        setRole('');
        setSuccessorLink('');
        setSuccessorName('');
        setWhenText('');
        setWhenOn('');
        onSaved(t('continuity.roles.saved', { role: saved.role }));
      },
    );

  return (
    <section aria-labelledby="role-form-title" className="samenspel-section samenspel-continuity-noprint">
      <Heading level={3} id="role-form-title">
        {t('continuity.roles.formTitle')}
      </Heading>
      <Paragraph>{t('continuity.roles.formIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="role" fields={FIELDS} />
        <SelectField id="role-holderLinkId" label={t('continuity.roles.holder')} value={holder} onChange={setHolder} options={options(t('continuity.roles.chooseMember'))} error={errors.fields.holderLinkId} required />
        <TextField id="role-role" label={t('continuity.roles.role')} description={t('continuity.roles.roleHint')} value={role} onChange={setRole} error={errors.fields.role} required />
        <RadioGroup
          id="role-successorKind"
          legend={t('continuity.roles.successorKind')}
          value={successorKind}
          onChange={(v) => setSuccessorKind(v === 'named' ? 'named' : 'member')}
          options={[
            { value: 'member', label: t('continuity.roles.successorMember') },
            { value: 'named', label: t('continuity.roles.successorNamed') },
          ]}
        />
        {successorKind === 'member' ? (
          <SelectField id="role-successor" label={t('continuity.roles.successor')} value={successorLink} onChange={setSuccessorLink} options={options(t('continuity.roles.chooseMember'))} error={errors.fields.successor} />
        ) : (
          <TextField id="role-successor" label={t('continuity.roles.successorName')} value={successorName} onChange={setSuccessorName} error={errors.fields.successor} />
        )}
        <TextField id="role-whenText" label={t('continuity.roles.whenText')} description={t('continuity.roles.whenTextHint')} value={whenText} onChange={setWhenText} error={errors.fields.whenText} />
        <TextField id="role-whenOn" type="date" label={t('continuity.roles.whenOn')} value={whenOn} onChange={setWhenOn} error={errors.fields.whenOn} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('continuity.roles.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
