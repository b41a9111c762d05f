import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError } from '../../api/client';
import type { Locale } from '../../api/types';
import { AppLink } from '../../components/AppLink';
import { PageTitle } from '../../components/PageTitle';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessAlert } from '../../components/SuccessAlert';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { useSession, useUser } from '../../session/useSession';

/** Language, two-step verification and logging out on all devices. */
export function SettingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const { changeLocale, logout } = useSession();
  const state = useLocation().state as { mfaEnabled?: boolean } | null;
  const [choice, setChoice] = useState<Locale>(locale);
  const [localeSaved, setLocaleSaved] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const saveLocale = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await changeLocale(choice);
      setLocaleSaved(true);
    } catch (e) {
      if (e instanceof ApiError) setProblem(e);
    }
  };

  const logoutEverywhere = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await logout(true);
    } catch (e) {
      if (e instanceof ApiError) setProblem(e);
    } finally {
      setBusy(false);
    }
  };

  if (!user) return null;
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      {problem ? <ProblemAlert error={problem} /> : null}
      <section aria-labelledby="settings-language" className="samenspel-section">
        <Heading level={2} id="settings-language">
          {t('settings.languageTitle')}
        </Heading>
        {localeSaved ? <SuccessAlert focus>{t('settings.languageSaved')}</SuccessAlert> : null}
        <form noValidate onSubmit={(e) => void saveLocale(e)} className="samenspel-form">
          <RadioGroup
            id="settings-locale"
            legend={t('settings.languageLegend')}
            value={choice}
            onChange={(v) => {
              setLocaleSaved(false);
              setChoice(v === 'en' ? 'en' : 'nl');
            }}
            options={[
              { value: 'nl', label: 'Nederlands', lang: 'nl' },
              { value: 'en', label: 'English', lang: 'en' },
            ]}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button">
              {t('settings.languageSave')}
            </Button>
          </ButtonGroup>
        </form>
      </section>
      <section aria-labelledby="settings-mfa" className="samenspel-section">
        <Heading level={2} id="settings-mfa">
          {t('settings.mfaTitle')}
        </Heading>
        {state?.mfaEnabled ? <SuccessAlert>{t('settings.mfaNowOn')}</SuccessAlert> : null}
        {user.mfaEnabled ? (
          <Paragraph>{t('settings.mfaOn')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('settings.mfaOff')}</Paragraph>
            <Paragraph>
              <AppLink to="/instellingen/tweestapsverificatie">{t('settings.mfaEnable')}</AppLink>
            </Paragraph>
          </>
        )}
      </section>
      <section aria-labelledby="settings-logout" className="samenspel-section">
        <Heading level={2} id="settings-logout">
          {t('settings.logoutEverywhereTitle')}
        </Heading>
        <Paragraph>{t('settings.logoutEverywhereIntro')}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" hint="danger" busy={busy} onClick={() => void logoutEverywhere()}>
            {t('settings.logoutEverywhere')}
          </Button>
        </ButtonGroup>
      </section>
    </>
  );
}
