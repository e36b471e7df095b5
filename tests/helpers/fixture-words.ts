/** Words and sentences for fixture records, taken from the source article on Tianshui. */
export const COUNTIES = [
  '秦州区',
  '麦积区',
  '甘谷县',
  '武山县',
  '秦安县',
  '清水县',
  '张家川回族自治县',
];
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '马',
  '石',
  '白',
  '曾',
  '候',
];
export const GIVEN = [
  '海燕',
  '放',
  '亚龙',
  '永萍',
  '刚',
  '玉文',
  '晓馨',
  '建国',
  '志强',
  '丽娟',
  '文博',
  '小军',
];
export const TITLES = [
  '市委副书记',
  '副市长',
  '招商局局长',
  '发改委副主任',
  '项目管家',
  '专班联络员',
  '县长',
  '园区主任',
];
export const FIRM_WORDS = [
  '华天',
  '星火',
  '长城',
  '天河',
  '秦岭',
  '陇原',
  '伏羲',
  '丝路',
  '麦积',
  '渭水',
];
export const FIRM_KINDS = [
  '电子科技',
  '装备制造',
  '新材料',
  '医药',
  '食品',
  '新能源',
  '物流',
  '文旅发展',
  '农业科技',
];
export const FIRM_PLACES = ['上海', '深圳', '重庆', '西安', '兰州', '成都', '杭州', '北京'];
export const PROJECT_WORDS = [
  '智能制造产业园',
  '封装测试基地',
  '精深加工项目',
  '储能电站',
  '冷链物流中心',
  '研发中心',
  '扩能改造项目',
];
export const SENTENCES = [
  '项目管家全程代办土地、规划、环评等前期手续，专人负责、对账销号。',
  '企业提出员工宿舍配套和建设定制化厂房两项需求，已纳入需求侧清单逐项落实。',
  '要素保障供给侧清单共十四项，用地、用电、用水指标均已协调到位。',
  '包抓领导带队赴企业总部实地考察，双方就投资规模和建设节奏达成初步共识。',
  '半月会商会议研究解决了施工临时用电和道路接入问题，明确了责任单位和完成时限。',
  '政策包涵盖固定资产贷款、流动资金贷款、产业基金和定向增发等多种融资方式。',
  '对照产业链图谱按图索骥，围绕上下游配套企业开展靶向招商。',
  '周晒小结显示本周完成厂房主体封顶，设备采购合同已签订，预计下月进场安装。',
  '月调度会要求加快办理施工许可，确保项目按期开工、早日投产达效。',
  '企业负责人表示将追加投资建设二期，带动本地就业三百余人。',
  '现场办公室集中解决项目推进中的八个问题，群众和企业满意度明显提升。',
  '重点产业链投资机会清单已印发各县区，逐项明确招商责任人和对接进度。',
  '座谈会上商会代表介绍了会员企业的投资意向，拟组织考察团来天水实地洽谈。',
  '一碗麻辣烫带火了文旅消费，相关配套产业项目加快落地，营商环境持续优化。',
];

/** One name for each surname, given names taken in turn: people the fixtures could hold. */
export const PERSON_NAMES = SURNAMES.map((s, i) => `${s}${GIVEN[i % GIVEN.length] ?? ''}`);
/** The vocabulary of fixture names: counties, firm words, project words and titles. */
export const NAME_WORDS = [...COUNTIES, ...FIRM_WORDS, ...PROJECT_WORDS, ...TITLES];
