// The generate form with, below it, the job it started; on the 文档 page and in a record's modal.
import { DocumentForm } from './DocumentForm';
import { JobView } from './JobView';
import type { FormTemplate, RecordTarget } from './requests';
import { useDocumentJob } from './useDocumentJob';

interface Props {
  target?: RecordTarget;
  template?: FormTemplate;
}

/** The generate form and, below it, the job it started: on the 文档 page and in a record's modal. */
export function GeneratePanel({ target, template }: Props) {
  const control = useDocumentJob();
  const busy = control.starting || control.job?.state === 'running';
  return (
    <>
      <DocumentForm
        target={target}
        template={template}
        busy={busy}
        onSubmit={(input) => void control.start(input)}
      />
      <JobView control={control} />
    </>
  );
}
