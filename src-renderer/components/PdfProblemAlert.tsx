import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PdfProblem } from './pdf-problem';

/** What went wrong with a PDF, in the clerk's language, with pdf.js's own words as the detail. */
export function PdfProblemAlert({ problem }: { problem: PdfProblem }) {
  const { t } = useTranslation();
  const title =
    problem.kind === 'missing'
      ? t('pdf.missing', { status: problem.status || '—' })
      : problem.kind === 'render'
        ? t('pdf.render', { page: problem.page })
        : t(`pdf.${problem.kind}`);
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={problem.detail}
      action={
        problem.kind === 'engine' ? (
          <Button size="small" onClick={() => window.location.reload()}>
            {t('screenError.reload')}
          </Button>
        ) : undefined
      }
      data-testid="pdf-error"
    />
  );
}
