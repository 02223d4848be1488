import { Button, Space, Typography } from 'antd';

/** ‹ page / pages › above a rendered PDF page (preview, signature placement). */
export function PdfPageNav({ page, pages, setPage }: { page: number; pages: number; setPage: (page: number) => void }) {
  return (
    <Space style={{ marginBottom: 8 }}>
      <Button size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
        ‹
      </Button>
      <Typography.Text>
        {page} / {pages}
      </Typography.Text>
      <Button size="small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
        ›
      </Button>
    </Space>
  );
}
