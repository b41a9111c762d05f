import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormSubmit } from '../../components/useFormSubmit';
import { hasVersion } from './types';

interface Props {
  id: string;
  url: string;
  version: number;
  title: string;
  intro: string;
  yes: string;
  no: string;
  onDone: () => void;
  onConflict: () => void;
}

/** Yes or no, in one's own account, without a reason. */
export function AnswerForm({ id, url, version, title, intro, yes, no, onDone, onConflict }: Props) {
  const { errors, busy, submit } = useFormSubmit<{ version: number }>({ conflict: { parse: (c) => (hasVersion(c) ? c : null), load: () => onConflict() } });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const answer = submitter instanceof HTMLButtonElement ? submitter.value : '';
    return submit(
      event,
      () => ({ summary: [], fields: {} }),
      async () => {
        await api.post(url, { version, answer });
        onDone();
      },
    );
  };
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${id}-title`} className="samenspel-form">
      <Heading level={3} id={`${id}-title`}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <ErrorSummary errors={errors} idPrefix={id} fields={[]} />
      <ButtonGroup>
        <Button type="submit" name="answer" value="yes" appearance="primary-action-button" busy={busy}>
          {yes}
        </Button>
        <Button type="submit" name="answer" value="no" appearance="secondary-action-button" busy={busy}>
          {no}
        </Button>
      </ButtonGroup>
    </form>
  );
}
