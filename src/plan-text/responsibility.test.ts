import { describe, expect, it } from 'vitest';
import { documentFromText, tableRow } from './plan-document';
import { findAssignments, readResponsibility } from './responsibility';

describe('readResponsibility', () => {
  it('reads lead and supporting units after a task, unit names with 和 kept whole', () => {
    expect(
      readResponsibility('推进智能化改造。(牵头单位:区科技和工业信息化局;责任单位:区财政局、区发展改革委)'),
    ).toMatchObject({
      lead: ['区科技和工业信息化局'],
      support: ['区财政局', '区发展改革委'],
    });
  });

  it('takes a lone 责任单位 as the lead', () => {
    expect(readResponsibility('责任单位:市生态环境局、市水利局')).toMatchObject({
      lead: ['市生态环境局', '市水利局'],
      support: [],
    });
  });

  it('reads a 任务分工 table', () => {
    const doc = {
      blocks: [
        tableRow(0, ['序号', '重点任务', '牵头单位', '责任单位']),
        tableRow(0, ['1', '建设智慧社区', '市民政局', '各区政府、市大数据局']),
      ],
    };
    expect(findAssignments(doc, [null, null])).toMatchObject([
      {
        subject: '建设智慧社区',
        subjectKind: 'task',
        lead: ['市民政局'],
        support: ['各区政府', '市大数据局'],
      },
    ]);
  });

  it('finds nothing in text without responsibility labels', () => {
    expect(findAssignments(documentFromText('加强组织领导。\n完善工作机制。'), [null, null])).toEqual([]);
  });
});
