/**
 * Word lists the recogniser works from: name suffixes per entity type, words that end a name on
 * its left (verbs, function words), generic heads that make a name unspecific, and stage words.
 * Lists are data: extend them here, not in the matching code.
 */

import type { EntityType, Stage } from "../schema/vocabulary";

/** Name endings and the type they give. Longest match wins. */
export const SUFFIX_TYPES: ReadonlyArray<readonly [string, EntityType]> = [
  // Park: carriers, zones, clusters
  ["产业园区", "Park"], ["产业园", "Park"], ["科技园", "Park"], ["软件园", "Park"], ["创新园", "Park"],
  ["创意园", "Park"], ["科学园", "Park"], ["产业基地", "Park"], ["创新基地", "Park"], ["基地", "Park"],
  ["园区", "Park"], ["先导区", "Park"], ["示范区", "Park"], ["集聚区", "Park"], ["合作区", "Park"],
  ["试验区", "Park"], ["实验区", "Park"], ["开发区", "Park"], ["自贸区", "Park"], ["保税区", "Park"],
  ["片区", "Place"], ["新城", "Park"], ["科教城", "Park"], ["科学城", "Park"], ["大学城", "Park"],
  ["中心城", "Park"], ["科技城", "Park"], ["产业城", "Park"], ["低碳城", "Park"], ["高铁新城", "Park"],
  ["绿谷", "Park"], ["光学智谷", "Park"], ["小镇", "Park"], ["新镇", "Park"], ["活力谷", "Park"], ["智谷", "Park"],
  ["湾区", "Place"], ["公园", "Park"], ["公园群", "Park"], ["总部区", "Park"], ["创新区", "Park"], ["商圈", "Park"],
  ["街区", "Park"], ["硅谷", "Park"], ["智芯", "Park"], ["园", "Park"], ["生态园", "Park"], ["设计园", "Park"],
  // Institution
  ["大学", "Institution"], ["学院", "Institution"], ["医院", "Institution"], ["实验室", "Institution"],
  ["研究院", "Institution"], ["研究所", "Institution"], ["研究中心", "Institution"], ["中心", "Institution"],
  ["署", "Institution"], ["委员会", "Institution"], ["领导小组", "Institution"], ["学校", "Institution"],
  ["中学", "Institution"], ["小学", "Institution"], ["幼儿园", "Institution"], ["图书馆", "Institution"],
  ["博物馆", "Institution"], ["美术馆", "Institution"], ["科技馆", "Institution"], ["体育馆", "Institution"],
  ["展览馆", "Institution"], ["会客厅", "Institution"], ["工作站", "Institution"], ["卫生院", "Institution"],
  ["分院", "Institution"], ["保健院", "Institution"], ["法院", "Institution"], ["检察院", "Institution"], ["联盟", "Institution"],
  ["协会", "Institution"], ["商会", "Institution"], ["学会", "Institution"], ["办公室", "Institution"],
  ["管理局", "Institution"], ["服务站", "Institution"], ["孵化器", "Institution"], ["加速器", "Institution"],
  ["研究基地", "Institution"], ["创新中心", "Institution"], ["国际传播服务基地", "Institution"],
  ["银行", "Enterprise"], ["交易所", "Institution"], ["总署", "Institution"], ["管理局", "Institution"],
  ["局", "Institution"], ["部", "Institution"], ["专班", "Institution"], ["总工会", "Institution"],
  ["研究生院", "Institution"], ["校区", "Institution"], ["俱乐部", "Enterprise"], ["深研院", "Institution"], ["先进院", "Institution"],
  ["驿站", "Institution"], ["服务点", "Institution"], ["办理点", "Institution"], ["工作部", "Institution"],
  // Project: infrastructure and construction works
  ["改扩建工程", "Project"], ["扩建工程", "Project"], ["重建工程", "Project"], ["工程", "Project"],
  ["项目", "Project"], ["高速公路", "Project"], ["快速路", "Project"], ["高速", "Project"],
  ["公路", "Project"], ["隧道", "Project"], ["大桥", "Project"], ["枢纽", "Project"], ["水库", "Project"],
  ["水厂", "Project"], ["净化厂", "Project"], ["粮库", "Project"], ["储备库", "Project"], ["电厂", "Project"],
  ["变电站", "Project"], ["综合体", "Project"], ["城际", "Project"], ["铁路", "Project"], ["管廊", "Project"],
  ["碧道", "Project"], ["绿道", "Project"], ["新院区", "Project"], ["院区", "Project"], ["体育场", "Project"],
  ["示范站", "Project"], ["泵房", "Project"], ["支线", "Project"], ["东延", "Project"], ["南延", "Project"],
  ["北延", "Project"], ["西延", "Project"], ["大道", "Project"], ["路", "Project"], ["总部", "Project"],
  ["APP", "Project"], ["大厦", "Project"], ["中心项目", "Project"],
  // buildings and venues (gold convention 1) and digital platforms (convention 4) are Projects
  ["文体中心", "Project"], ["艺术中心", "Project"], ["会展中心", "Project"], ["会议中心", "Project"],
  ["体育中心", "Project"], ["博览中心", "Project"], ["研发中心", "Project"], ["金融中心", "Project"],
  ["算力中心", "Project"], ["智算中心", "Project"], ["分中心", "Institution"], ["音乐厅", "Project"],
  ["歌剧院", "Project"], ["影剧院", "Project"], ["大楼", "Project"], ["商场", "Project"],
  ["购物中心", "Project"], ["新址", "Project"], ["综合楼", "Project"],
  ["平台", "Project"], ["系统", "Project"], ["智能体", "Project"], ["城市大脑", "Project"], ["云脑", "Project"],
  ["一张图", "Project"], ["应用矩阵", "Project"], ["时空底座", "Project"], ["消防站", "Project"],
  ["花园", "Project"], ["受纳场", "Project"], ["填埋场", "Project"], ["超充站", "Project"],
  ["改扩建", "Project"], ["升级改造", "Project"], ["快速化改造", "Project"], ["拆除重建", "Project"],
  ["棚改", "Project"], ["连接线", "Project"], ["通道", "Project"], ["匝道", "Project"], ["天桥", "Project"],
  ["示范段", "Project"], ["南段", "Project"], ["中段", "Project"], ["北段", "Project"], ["东段", "Project"],
  ["西段", "Project"], ["闪充站", "Project"], ["加氢站", "Project"], ["直升机场", "Project"], ["机场", "Project"],
  ["渔港", "Project"], ["一期", "Project"], ["二期", "Project"], ["三期", "Project"], ["四期", "Project"],
  ["五期", "Project"], ["六期", "Project"],
  // Program
  ["三年行动计划", "Program"], ["行动计划", "Program"], ["行动方案", "Program"], ["工作方案", "Program"],
  ["实施方案", "Program"], ["总体方案", "Program"], ["方案", "Program"], ["三年行动", "Program"],
  ["专项行动", "Program"], ["行动", "Program"], ["计划", "Program"], ["政策", "Program"],
  ["机制", "Program"], ["若干措施", "Program"], ["措施", "Program"], ["条例", "Program"],
  ["办法", "Program"], ["基金", "Program"], ["专项", "Program"], ["产业服务体系", "Program"], ["体系", "Program"],
  ["白皮书", "Program"], ["规划", "Program"], ["纲要", "Program"], ["制度", "Program"], ["改革", "Program"], ["券", "Program"], ["下乡", "Program"], ["以旧换新", "Program"], ["试点", "Program"],
  // named events (convention 5)
  ["论坛", "Program"], ["大赛", "Program"], ["运动会", "Program"], ["锦标赛", "Program"], ["联赛", "Program"],
  ["邀请赛", "Program"], ["公开赛", "Program"], ["冠军赛", "Program"], ["总决赛", "Program"], ["博览会", "Program"],
  ["交易会", "Program"], ["峰会", "Program"], ["购物季", "Program"], ["消费季", "Program"], ["音乐季", "Program"],
  ["嘉年华", "Program"], ["动漫节", "Program"], ["活动节", "Program"], ["文化节", "Program"], ["艺术节", "Program"],
  ["音乐节", "Program"], ["人才日", "Program"], ["舞蹈周", "Program"], ["交流周", "Program"], ["模式", "Program"],
  // Strategy
  ["区域发展战略", "Strategy"], ["发展战略", "Strategy"], ["战略", "Strategy"], ["具体部署", "Strategy"],
  ["建设部署", "Strategy"], ["发展格局", "Strategy"],
  // Enterprise
  ["有限公司", "Enterprise"], ["股份公司", "Enterprise"], ["公司", "Enterprise"], ["集团", "Enterprise"],
  // Place
  ["街道", "Place"], ["自治区", "Place"], ["特别合作区", "Place"], ["县", "Place"], ["岛", "Place"],
];

/**
 * Words that end a name on its left: the name starts right after them. Verbs of action and
 * stage, function words, quantifiers, adverbs.
 */
export const LEFT_STOPS: readonly string[] = [
  // action verbs
  "推动", "推进", "加快", "加速", "加强", "建设", "建成", "启动", "开工", "完成", "实施", "打造", "新建",
  "改造", "提升", "引进", "引入", "落地", "举办", "成立", "组建", "获批", "入选", "支持", "依托",
  "围绕", "聚焦", "谋划", "规划", "布局", "筹建", "筹备", "建立", "设立", "培育", "发展", "推出", "出台",
  "印发", "发布", "编制", "制定", "实现", "开展", "深化", "落实", "贯彻", "挂牌", "揭牌", "启用", "投用",
  "开园", "开通", "运营", "承办", "参与", "服务", "促进", "助力", "带动", "对接", "联合", "携手", "牵头",
  "争取", "争创", "创建", "申报", "认定", "获评", "荣获", "评为", "纳入", "写入", "用好", "用足", "抓好",
  "办好", "做好", "做强", "做优", "做大", "壮大", "优化", "完善", "健全", "强化", "扩大", "加大", "拓展",
  "延伸", "整合", "盘活", "激活", "启航", "上线", "部署", "研发", "研究", "探索", "试点", "示范", "构建",
  "形成", "串联", "连接", "覆盖", "包括", "包含", "涵盖", "位于", "坐落", "地处", "进驻", "入驻", "落户",
  "签约", "引导", "鼓励", "保障", "确保", "力争", "争当", "当好", "扎实", "高标准", "高水平", "高质量",
  "高起点", "全力", "全面", "积极", "大力", "着力", "持续", "不断", "加紧", "重点", "进一步", "全方位",
  "有序", "稳步", "顺利", "率先", "首创", "升级", "迭代", "推广", "复制", "共建", "共享", "合作",
  "联动", "协同", "配合", "配套", "承接", "吸引", "集聚", "汇聚", "打通", "畅通", "贯通", "筹划",
  "召开", "组织", "举行", "开设", "设置", "增设", "新增", "新开", "新投", "新落", "竣工", "建好", "用活",
  "管好", "获得", "取得", "达到", "突破", "超过", "位居", "跻身", "蝉联", "连续", "成为", "作为", "担任",
  "包括", "例如", "比如", "以及", "还有", "其中", "同时", "此外", "另外", "目前", "已经", "正在", "将要",
  "发挥", "试运行", "接待", "迎来", "吸引", "推介", "支撑", "赋能", "服务于", "带领", "新开工",
  "竣工验收", "验收", "交付使用", "投入", "加入", "入围", "获准", "通过", "通报", "表彰", "荣膺", "首发", "亮相",
  "全域推广", "巩固提升", "拓宽", "发行", "发放", "搭建", "协助", "导入", "力促", "然后", "经历", "央地共建", "补贴", "筹办", "斩获", "精心", "提速", "擦亮", "充实", "招募", "切实", "上榜", "移交", "申请", "共同", "招引", "整体",
  "我国", "我省", "我市", "我区", "搞好", "参加", "进行", "总结", "经过", "认真", "可能", "上述", "各项", "以上", "以下", "以内", "左右", "继续", "压实", "实行", "深层次", "全体人民", "之后", "谋深做实", "系列",
  "面向", "立足", "瞄准", "紧扣", "紧抓", "抢抓", "抓住", "把握", "坚持", "坚定", "秉持", "树立",
  // function words and quantifiers
  "的", "了", "在", "将", "把", "对", "向", "并", "等", "是", "于", "从", "由", "为", "以", "按", "让",
  "使", "被", "给", "跟", "同", "至", "到", "即", "指", "含", "有", "无", "又", "再", "也", "都", "还",
  "一批", "一系列", "一个", "一座", "一所", "一家", "一条", "各类", "各级", "全部", "所有", "多个",
  "首个", "首家", "首批", "首座", "首辆", "首份", "全新", "加快推进", "积极推进", "全力推进",
];

/**
 * Stop words that also occur inside names ("区企业服务中心", "新质生产力促进中心"): they do not end a
 * name while it grows leftwards; a name is only trimmed of them at its very start, and only when
 * what remains is still specific ("发展高端装备产业园" → "高端装备产业园").
 */
export const WEAK_LEFT_STOPS: ReadonlySet<string> = new Set([
  "创新", "应用", "建设", "发展", "服务", "促进", "合作", "示范", "研究", "研发", "试点", "共建", "共享", "联动", "协同",
  "配套", "集聚", "汇聚", "培育", "规划", "布局", "提升", "改造", "运营", "开园", "高标准", "高水平",
  "高质量", "重点", "全方位", "引导", "联合", "迭代", "复制", "承接", "串联", "连接", "首创", "配合",
  "畅通", "贯通", "打通", "延伸", "竣工", "示范", "整合", "升级", "推广", "赋能", "支撑", "保障",
  "无", "有", "同", "含", "至", "到", "又", "再", "也", "都", "还", "按", "跟", "即", "指", "全新",
]);

/** Connectives that split a list unless they sit inside a name. */
export const CONNECTIVES = new Set(["与", "和", "及", "暨", "、", "或"]);

/** Heads that are generic on their own: "专业园区", "重点项目", "社区医院"… */
export const GENERIC_HEADS = new Set([
  "专业", "产业", "重点", "重大", "各类", "一批", "新", "大型", "国家级", "省级", "市级", "区级", "街道",
  "社区", "公共", "综合", "示范", "创新", "科技", "服务", "企业", "政府", "投资", "建设", "改造",
  "民生", "基础", "城市", "工业", "商业", "文化", "体育", "教育", "医疗", "卫生", "健康", "交通", "水务",
  "环保", "生态", "智慧", "数字", "智能", "高端", "特色", "主题", "标准", "现代", "新型", "优质", "配套",
  "相关", "其他", "各个", "全区", "全市", "全省", "全国", "本区", "该", "这些", "这个", "此类", "多",
  "双", "中小", "骨干", "龙头", "头部", "园区", "区域", "领域", "行业", "项目", "工程", "中心", "平台",
  "试点", "品牌", "高水平", "高质量", "国际", "国家", "省", "市", "区", "县", "镇", "村", "学校", "医院",
  "公立", "民办", "普通", "中等", "高等", "职业", "义务", "学前", "基层", "社会", "人才", "保障性",
  "安居", "住房", "研发", "孵化", "加速", "总部", "未来", "前沿", "先进", "战略性", "新兴", "传统",
  "实体", "经济", "市场", "营商", "政务", "便民", "惠民", "为民", "发展", "改革", "开放", "安全",
  "应急", "消防", "治理", "管理", "运营", "招商", "引资", "资金", "财政", "金融", "数据", "算力",
  "各大", "十大", "六大", "三大", "五大", "部分", "每个", "全域", "周边", "新一代", "级", "市属", "区属",
  "科研", "重要", "更多", "支撑", "赋能", "技术", "交流", "操作", "基础性", "中控", "一级", "更新", "问题",
  "整治", "提升", "代建", "设施", "公共设施", "文体设施", "类", "创先争优", "揭榜挂帅", "储备", "活力",
  "成熟", "辅助", "诊断", "传播", "共享", "协同", "联络", "通道", "大模型", "中试", "预警", "监测",
  "三甲", "公办", "研究型", "一流", "职业本科", "中小学", "生物", "概念验证", "长者", "养老", "居家", "小区",
  "老龄化", "胸痛", "卒中", "创伤", "心衰", "流动", "就业", "境外", "信息", "展示", "指挥", "运行", "实体",
  "法律", "涉外", "演艺", "赛事", "诺奖", "科学", "分", "总", "制药", "主干", "次支", "断头",
]);

/** Stage words (domain vocabulary); longest match wins, so "建成投用" beats "建成". */
export const STAGE_WORDS: ReadonlyArray<readonly [string, Stage]> = [
  ["谋划", "proposed"], ["规划建设", "proposed"], ["前期工作", "proposed"], ["研究", "proposed"],
  ["申报", "proposed"], ["筹备", "proposed"], ["筹建", "proposed"], ["选址", "proposed"],
  ["获批", "approved"], ["批复", "approved"], ["立项", "approved"], ["纳入规划", "approved"],
  ["纳入", "approved"], ["签约", "approved"], ["落户", "approved"], ["明确选址", "approved"], ["落地", "approved"],
  ["开工", "started"], ["动工", "started"], ["启动建设", "started"], ["开工建设", "started"],
  ["全面启动建设", "started"], ["开建", "started"],
  ["加快建设", "building"], ["推进建设", "building"], ["在建", "building"], ["续建", "building"],
  ["施工", "building"], ["进入主体施工阶段", "building"], ["主体施工", "building"], ["加快推进", "building"],
  ["稳步推进", "building"], ["顺利推进", "building"], ["建设提速", "building"],
  ["主体结构封顶", "topped_out"], ["主体封顶", "topped_out"], ["封顶", "topped_out"],
  ["主体结构完工", "topped_out"], ["主体完工", "topped_out"],
  ["建成", "completed"], ["竣工", "completed"], ["完工", "completed"], ["基本完工", "completed"],
  ["交付", "completed"], ["建成通车", "operating"], ["全线贯通", "completed"], ["贯通", "completed"],
  ["投用", "operating"], ["启用", "operating"], ["投入使用", "operating"], ["建成投用", "operating"],
  ["开通运营", "operating"], ["开园", "operating"], ["开业", "operating"], ["投产", "operating"],
  ["运营", "operating"], ["开通", "operating"], ["通车", "operating"], ["开馆", "operating"],
  ["建成运行", "operating"], ["正式运行", "operating"], ["投入运营", "operating"], ["上线", "operating"],
  ["开放", "operating"], ["建成开放", "operating"], ["开学", "operating"], ["建成投产", "operating"],
  ["建成开办", "operating"], ["开办", "operating"], ["通水运行", "operating"], ["通线", "operating"],
  ["竣工验收", "completed"], ["落地建设", "building"], ["入驻", "operating"], ["竣工投产", "operating"],
  ["获评", "recognized"], ["入选", "recognized"], ["认定", "recognized"], ["荣获", "recognized"],
  ["挂牌", "recognized"], ["揭牌", "recognized"], ["评为", "recognized"], ["获批成立", "approved"],
  ["建设", "building"], ["按期推进", "building"], ["进展顺利", "building"], ["持续建设", "building"],
  ["建成启用", "operating"], ["竣工投用", "operating"], ["建成使用", "operating"], ["落成使用", "operating"],
  ["营业", "operating"], ["开门营业", "operating"], ["纳土", "operating"], ["落地投用", "operating"],
  ["引进", "approved"], ["引入", "approved"], ["写入", "approved"], ["摘牌", "approved"], ["转设", "approved"],
  ["复审", "recognized"], ["认证", "recognized"], ["创建", "recognized"], ["挂牌成立", "recognized"],
  ["揭牌成立", "recognized"], ["编制", "proposed"], ["探索建立", "proposed"], ["探索", "proposed"],
  ["编制完成", "approved"], ["完成", "completed"], ["改造完成", "completed"], ["整治完成", "completed"],
  ["有序推进", "building"], ["复工", "building"], ["顺利复工", "building"], ["上榜", "recognized"],
  ["评审", "recognized"],
  ["建好", "building"], ["移交执勤", "operating"], ["移交使用", "operating"],
  ["启动", "started"], ["启动纳土", "operating"], ["完成选址", "approved"], ["启动实施", "started"], ["开始实施", "started"], ["试点实施", "started"],
];

/** Stage words that mean something else for a built thing or platform (发布 a platform = it runs). */
export const PROJECT_STAGE_WORDS: ReadonlyArray<readonly [string, Stage]> = [
  ["发布", "operating"], ["推出", "operating"], ["搭建", "operating"], ["实施", "building"],
];

/** Stage words that apply to programmes and bodies only (issued, set up, implemented). */
export const PROGRAM_STAGE_WORDS: ReadonlyArray<readonly [string, Stage]> = [
  ["出台", "approved"], ["印发", "approved"], ["发布", "approved"], ["推出", "approved"], ["制定", "approved"],
  ["实施", "operating"], ["深入实施", "operating"], ["成立", "operating"], ["组建", "operating"], ["设立", "operating"],
  ["深入推进", "operating"], ["构建", "operating"], ["建立", "operating"], ["推行", "operating"], ["开展", "operating"],
  ["落实", "operating"], ["运行", "operating"], ["落地见效", "operating"], ["修订出台", "approved"],
  // a policy or reform under way is in effect (national reports: "…改革顺利推进", "实行…制度")
  ["实行", "operating"], ["全面推开", "operating"], ["不断完善", "operating"], ["顺利推进", "operating"],
  ["稳步推进", "operating"], ["加快推进", "operating"], ["试点", "started"], ["覆盖", "operating"],
  ["发放", "operating"], ["首发", "approved"], ["评审", "approved"], ["有序推进", "operating"],
];

/** Entity types that carry a lifecycle; others are always "mentioned". */
export const STAGED_TYPES: ReadonlySet<EntityType> = new Set(["Project", "Park", "Institution", "Enterprise", "Program"]);
