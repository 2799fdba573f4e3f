/**
 * An API error as a person reads it: the message in their language, every field issue, and the
 * request id to give the administrator.
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useLocalized } from '../i18n/localized';

export function errorText(error: unknown, text: ReturnType<typeof useLocalized>['text']): string {
  if (error instanceof ApiError) return text(error.messages);
  return error instanceof Error ? error.message : String(error);
}

export function ErrorAlert({ error, action }: { error: unknown; action?: React.ReactNode }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const title = errorText(error, text);
  // A single issue often repeats the title word for word: list only what adds to it.
  const issues = (error instanceof ApiError ? error.issues : []).filter((i) => text(i.message) !== title);
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      action={action}
      description={
        issues.length > 0 || requestId ? (
          <>
            {issues.length > 0 && (
              <ul className="issue-list">
                {issues.map((issue) => (
                  <li key={`${issue.field}-${issue.code}`}>{text(issue.message)}</li>
                ))}
              </ul>
            )}
            {requestId && <div className="muted">{t('common.requestId', { id: requestId })}</div>}
          </>
        ) : undefined
      }
    />
  );
}
