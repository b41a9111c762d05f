import { Button, ButtonGroup, Heading, OrderedList, OrderedListItem, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CSV_COLUMNS, MAX_IMPORT_BYTES } from '../../../modules/socialmap/csv-columns';
import { api } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LabelledField } from '../../components/LabelledField';
import { PageTitle } from '../../components/PageTitle';
import { RadioGroup } from '../../components/RadioGroup';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useUser } from '../../session/useSession';
import { NoAccessPage } from '../NoAccessPage';
import { ImportRunStatus } from './ImportRunStatus';
import { fileToBase64, isOwner, OWNER_PATH, type ImportRun } from './ownerTypes';
import { PencilPicture, SheetPicture, UploadPicture } from './pictures';
import '../../styles/socialmap.css';

/** Explanation key per column header (headers have spaces; catalog keys do not). */
const COLUMN_KEYS: Record<string, string> = {
  id: 'id',
  versie: 'version',
  organisatie: 'organisation',
  titel: 'title',
  omschrijving: 'description',
  soort: 'kind',
  onderwerpen: 'needs',
  doelgroep: 'targetGroup',
  'leeftijd vanaf': 'ageMin',
  'leeftijd tot en met': 'ageMax',
  gemeente: 'municipality',
  kosten: 'cost',
  'toelichting kosten': 'costNote',
  toegang: 'accessRoute',
  contactpersoon: 'contact',
  'bijgewerkt op': 'upToDateOn',
};

/** /sociale-kaart/importeren — many offers at once from a spreadsheet, with a report of wrong rows; and the export. */
export function ImportPage() {
  const user = useUser();
  return isOwner(user) ? <ImportAndExport /> : <NoAccessPage />;
}

function ImportAndExport() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const runId = params.get('run');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'all' | 'good'>('all');
  const { errors, busy, submit } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          file: !file ? t('socialMapImport.form.fileRequired') : file.size > MAX_IMPORT_BYTES && t('socialMapImport.form.fileTooLarge'),
        }),
      async () => {
        if (!file) return;
        const run = await api.post<ImportRun>('/api/social-map/imports', { fileName: file.name.slice(0, 200), file: await fileToBase64(file), mode });
        setParams({ run: run.id });
      },
    );

  return (
    <>
      <Paragraph className="socialmap-back">
        <AppLink to={OWNER_PATH}>{t('socialMapOwner.backToOwner')}</AppLink>
      </Paragraph>
      <PageTitle>{t('socialMapImport.title')}</PageTitle>
      <Paragraph>{t('socialMapImport.intro')}</Paragraph>

      {runId ? <ImportRunStatus key={runId} id={runId} /> : null}

      <section aria-labelledby="socialmap-import-how" className="samenspel-section">
        <Heading level={2} id="socialmap-import-how">
          {t('socialMapImport.howTitle')}
        </Heading>
        <OrderedList className="socialmap-steps">
          <OrderedListItem>
            <SheetPicture />
            <span>
              {t('socialMapImport.step1')}{' '}
              <a className="utrecht-link utrecht-link--html-a" href="/api/social-map/import-template.csv" download>
                {t('socialMapImport.template')}
              </a>
            </span>
          </OrderedListItem>
          <OrderedListItem>
            <PencilPicture />
            <span>{t('socialMapImport.step2')}</span>
          </OrderedListItem>
          <OrderedListItem>
            <UploadPicture />
            <span>{t('socialMapImport.step3')}</span>
          </OrderedListItem>
        </OrderedList>
      </section>

      <section aria-labelledby="socialmap-import-form" className="samenspel-section">
        <Heading level={2} id="socialmap-import-form">
          {t('socialMapImport.form.title')}
        </Heading>
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form socialmap-form">
          <ErrorSummary errors={errors} idPrefix="import" fields={['file', 'mode']} labels={{ file: t('socialMapImport.form.file') }} />
          <LabelledField id="import-file" label={t('socialMapImport.form.file')} description={t('socialMapImport.form.fileHint')} error={errors.fields.file}>
            {(describedBy) => (
              <input
                id="import-file"
                name="file"
                type="file"
                accept=".csv,text/csv"
                className="socialmap-file"
                aria-describedby={describedBy}
                aria-invalid={errors.fields.file ? true : undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </LabelledField>
          <RadioGroup
            id="import-mode"
            legend={t('socialMapImport.form.mode')}
            value={mode}
            onChange={(v) => setMode(v === 'good' ? 'good' : 'all')}
            error={errors.fields.mode}
            options={[
              { value: 'all', label: t('socialMapImport.form.modeAll') },
              { value: 'good', label: t('socialMapImport.form.modeGood') },
            ]}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('socialMapImport.form.submit')}
            </Button>
          </ButtonGroup>
        </form>
      </section>

      <section aria-labelledby="socialmap-import-columns" className="samenspel-section">
        <Heading level={2} id="socialmap-import-columns">
          {t('socialMapImport.columnsTitle')}
        </Heading>
        <Paragraph>{t('socialMapImport.columnsIntro')}</Paragraph>
        <div className="samenspel-table-scroll">
          <Table aria-labelledby="socialmap-import-columns">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('socialMapImport.column')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('socialMapImport.required')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('socialMapImport.whatToFill')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {CSV_COLUMNS.map((c) => (
                <TableRow key={c.header}>
                  <TableHeaderCell scope="row">
                    <code>{c.header}</code>
                  </TableHeaderCell>
                  <TableCell>{c.required ? t('socialMapImport.yes') : t('socialMapImport.no')}</TableCell>
                  <TableCell>{t(`socialMapImport.columns.${COLUMN_KEYS[c.header] ?? 'weekday'}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section aria-labelledby="socialmap-export" className="samenspel-section">
        <Heading level={2} id="socialmap-export">
          {t('socialMapImport.exportTitle')}
        </Heading>
        <Paragraph>{t('socialMapImport.exportIntro')}</Paragraph>
        <ul className="socialmap-actions">
          {user?.organisationId ? (
            <li>
              <a className="utrecht-link utrecht-link--html-a" href={`/api/social-map/export.csv?organisationId=${encodeURIComponent(user.organisationId)}`} download>
                {t('socialMapImport.exportMine')}
              </a>
            </li>
          ) : null}
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="/api/social-map/export.csv" download>
              {t('socialMapImport.exportAll')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
