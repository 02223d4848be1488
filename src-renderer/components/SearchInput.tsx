import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import type { CSSProperties } from 'react';

/** A search box (magnifier, clear button) whose `onChange` gets the text. */
export function SearchInput(props: {
  value: string;
  onChange: (q: string) => void;
  placeholder: string;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      style={props.style}
      data-testid={props.testId}
    />
  );
}
