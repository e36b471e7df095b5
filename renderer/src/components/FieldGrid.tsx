/** FieldGrid: a form's fields laid out two to a row. */
import { Col, Row } from 'antd';
import { Children, type ReactNode } from 'react';

/** Lays its children out two to a row; an empty child (`false`, `null`) keeps its place. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <Row gutter={16}>
      {Children.map(children, (child) => (
        <Col span={12}>{child}</Col>
      ))}
    </Row>
  );
}
