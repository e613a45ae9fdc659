import { Alert, Button, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ErrorDescription } from '../../../components/describe-error';
import classes from './wizard-layout.module.css';
import { useWizardT } from './i18n';

export interface WizardStepInfo<S extends string> {
  id: S;
  label: string;
}

export interface WizardLayoutProps<S extends string> {
  title: string;
  /** Under the title: the campaign, the mode… */
  subtitle?: ReactNode;
  steps: readonly WizardStepInfo<S>[];
  current: S;
  /** Steps before the current one can be revisited directly; later ones only through Next. */
  onStepClick: (step: S) => void;
  onBack: () => void;
  onNext: () => void;
  onSubmit: () => void;
  submitLabel?: string;
  submitting?: boolean;
  /** Disables the submit button, e.g. during the rate-limit countdown. */
  submitDisabled?: boolean;
  /** Above the step: draft banner, refusal banner… */
  banners?: ReactNode;
  /** Beside the buttons: countdown, draft status. */
  footer?: ReactNode;
  serverError?: ErrorDescription | null;
  children: ReactNode;
}

/**
 * The frame every ad group wizard shares: a stepper (an ordered list, the current step
 * marked `aria-current="step"`), one h2 per step that takes focus when the step changes
 * (so screen readers announce it), and Back / Next / Submit.
 */
export function WizardLayout<S extends string>(props: WizardLayoutProps<S>) {
  const t = useWizardT();
  const { steps, current } = props;
  const index = steps.findIndex((s) => s.id === current);
  const isLast = index === steps.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Not on first render: the page title is where focus starts.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [current]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        {props.subtitle}
      </div>
      <nav aria-label={t('steps')}>
        <ol className={classes.steps}>
          {steps.map((s, i) => (
            <li key={s.id} className={classes.step} data-state={i < index ? 'done' : i === index ? 'current' : 'todo'}>
              {i < index ? (
                <UnstyledButton className={classes.stepButton} onClick={() => props.onStepClick(s.id)}>
                  <span className={classes.number}>{i + 1}</span> {s.label}
                </UnstyledButton>
              ) : (
                <span className={classes.stepButton} aria-current={i === index ? 'step' : undefined}>
                  <span className={classes.number}>{i + 1}</span> {s.label}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {props.banners}
      {props.serverError && (
        <Alert color="red" title={t('serverError.title')} role="alert">
          <Text size="sm" lang={props.serverError.lang}>
            {props.serverError.message}
          </Text>
          {props.serverError.code && <Text size="xs">{props.serverError.code}</Text>}
        </Alert>
      )}
      <section aria-labelledby="wizard-step-heading">
        <Text size="sm" c="gray.8">
          {t('stepOf', { current: index + 1, total: steps.length })}
        </Text>
        <Title order={2} size="h3" id="wizard-step-heading" ref={heading} tabIndex={-1} mb="md">
          {steps[index]?.label}
        </Title>
        {props.children}
      </section>
      <Group justify="space-between">
        <Button variant="default" onClick={props.onBack} disabled={index === 0}>
          {t('back')}
        </Button>
        <Group gap="sm">
          {props.footer}
          {isLast ? (
            <Button onClick={props.onSubmit} loading={props.submitting} disabled={props.submitDisabled}>
              {props.submitLabel ?? t('submit')}
            </Button>
          ) : (
            <Button onClick={props.onNext}>{t('next')}</Button>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
