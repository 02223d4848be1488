import { Alert, Card, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';

/**
 * A settings card that lists what the agency keeps (its own types, its Party terms) and adds to it:
 * the help line, the table, then `children` (the forms) and the last refusal.
 */
export function ListCard<R extends object>(props: {
  title: string;
  help: string;
  testId: string;
  /** The rows' key field: `id` unless named. */
  rowKey?: keyof R & string;
  rows: R[];
  columns: TableColumnsType<R>;
  emptyText?: string;
  /** The card's operations' errors: the first one there is shows. */
  errors: (Error | null)[];
  errorTestId?: string;
  children: ReactNode;
}) {
  const error = props.errors.find((e) => e !== null);
  return (
    <Card title={props.title} style={{ marginBottom: 16 }} data-testid={props.testId}>
      <Typography.Paragraph type="secondary">{props.help}</Typography.Paragraph>
      <Table<R>
        size="small"
        rowKey={props.rowKey ?? 'id'}
        pagination={false}
        dataSource={props.rows}
        locale={props.emptyText === undefined ? undefined : { emptyText: props.emptyText }}
        columns={props.columns}
      />
      {props.children}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginTop: 12 }} data-testid={props.errorTestId} />}
    </Card>
  );
}
