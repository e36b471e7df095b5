// zh-CN and English messages of 领导日程: our people's engagements across all trips.
import { defineArea } from '../define-area';

/** Messages of 领导日程: our people's engagements across all trips. */
export const calendarMessages = defineArea(
  {
    'calendar.title': '领导日程',
    'calendar.open': '领导日程',
    'calendar.intro':
      '每位领导和工作人员在所有考察中的日程，按天排列；同一时间安排在两处的会标红提醒。',
    'calendar.upcoming': '今天起',
    'calendar.all': '全部',
    'calendar.empty':
      '还没有安排到人的日程。在考察的日程中选择我方参加人员后，这里会列出他们的安排。',
    'calendar.date': '日期',
    'calendar.time': '时间',
    'calendar.trip': '考察',
    'calendar.activity': '活动',
    'calendar.place': '地点',
    'calendar.clash': '冲突',
    'calendar.clashTag': '{count} 处冲突',
    'calendar.clashesTitle': '有 {count} 处日程冲突：同一人同一时间被安排在两处，请调整。',
  },
  () => ({
    'calendar.title': "Leaders' calendar",
    'calendar.open': "Leaders' calendar",
    'calendar.intro':
      "Each of our people's engagements across all trips, day by day; one person booked in two places at once is marked in red.",
    'calendar.upcoming': 'From today',
    'calendar.all': 'All',
    'calendar.empty':
      'No engagements with attendees yet. Choose our attendees in a trip schedule and they appear here.',
    'calendar.date': 'Date',
    'calendar.time': 'Time',
    'calendar.trip': 'Trip',
    'calendar.activity': 'Activity',
    'calendar.place': 'Place',
    'calendar.clash': 'Clash',
    'calendar.clashTag': '{count} clashes',
    'calendar.clashesTitle':
      '{count} clashes: one person is booked in two places at the same time. Please adjust.',
  }),
);
