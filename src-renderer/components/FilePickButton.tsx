import { Button, Upload } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** A button that picks one file (of `accept`) and hands it to `onFile`: nothing is uploaded by antd itself. */
export function FilePickButton(props: {
  accept: string;
  onFile: (file: File) => void;
  loading: boolean;
  icon?: ReactNode;
  style?: CSSProperties;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Upload
      accept={props.accept}
      showUploadList={false}
      beforeUpload={(file) => {
        props.onFile(file);
        return false;
      }}
    >
      <Button icon={props.icon} loading={props.loading} style={props.style} data-testid={props.testId}>
        {props.children}
      </Button>
    </Upload>
  );
}
