import { useState } from 'react';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ticketApi } from '../api';
import { ProblemAlert } from '../ProblemAlert';
import { newIdempotencyKey } from '../text';
import { Suggestions } from './Suggestions';

interface Fields {
  subject: string;
  description: string;
}

/** The new-ticket form, with matching knowledge articles beside it while it is typed. */
export default function NewTicket() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Fields>();
  const subject = Form.useWatch('subject', form) ?? '';
  const description = Form.useWatch('description', form) ?? '';
  // one key per form: a double click or a retry after a lost answer cannot open two tickets
  const [idempotencyKey] = useState(newIdempotencyKey);
  const open = useMutation({
    mutationFn: (fields: Fields) => ticketApi.open(fields, idempotencyKey),
    onSuccess: (ticket) => {
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
      queryClient.setQueryData(['ticket', String(ticket.id)], ticket);
      navigate(`/tickets/${ticket.id}`);
    },
  });

  return (
    <>
      <Typography.Title level={2}>{t('tickets.new')}</Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={14}>
          <Form form={form} layout="vertical" onFinish={(fields) => open.mutate(fields)} requiredMark>
            <Form.Item name="subject" label={t('tickets.subject')} rules={[{ required: true, whitespace: true, message: t('tickets.subjectRequired') }, { max: 200 }]}>
              <Input maxLength={200} showCount autoFocus />
            </Form.Item>
            <Form.Item name="description" label={t('tickets.description')} rules={[{ required: true, whitespace: true, message: t('tickets.descriptionRequired') }]}>
              <Input.TextArea rows={8} maxLength={20000} />
            </Form.Item>
            <ProblemAlert error={open.error} />
            <Button type="primary" htmlType="submit" loading={open.isPending} style={{ marginTop: 16 }}>
              {t('tickets.submit')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} md={10}>
          <Suggestions subject={subject} description={description} />
        </Col>
      </Row>
    </>
  );
}
