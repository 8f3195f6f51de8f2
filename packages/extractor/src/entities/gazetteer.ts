/**
 * Closed lists of names recognised as they are: places (China's provinces and major cities,
 * Shenzhen's districts and streets, named regions), well-known enterprises, and the statistical
 * indicators of Chinese reports. Each entry: canonical name and the short forms used in text.
 */

import type { EntityType } from "../schema/vocabulary";

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: readonly string[];
}

const PROVINCES = [
  "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
  "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
  "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
];
const AUTONOMOUS = [
  ["内蒙古自治区", "内蒙古"], ["广西壮族自治区", "广西"], ["西藏自治区", "西藏"], ["宁夏回族自治区", "宁夏"],
  ["新疆维吾尔自治区", "新疆"], ["香港特别行政区", "香港"], ["澳门特别行政区", "澳门"],
] as const;
const CITIES = [
  "深圳市", "广州市", "东莞市", "惠州市", "珠海市", "佛山市", "汕尾市", "河源市", "中山市", "江门市",
  "汕头市", "杭州市", "南京市", "武汉市", "成都市", "西安市", "苏州市",
];
const SHENZHEN_DISTRICTS = [
  "龙岗区", "南山区", "福田区", "罗湖区", "宝安区", "龙华区", "坪山区", "光明区", "盐田区", "大鹏新区",
  "深汕特别合作区", "前海",
];
/** Streets (街道) of Longgang and Nanshan: canonical "X街道", short form "X". */
const STREETS = [
  "平湖", "坂田", "布吉", "南湾", "横岗", "龙城", "龙岗", "宝龙", "园山", "吉华", "坪地",
  "南头", "沙河", "蛇口", "粤海", "桃源", "西丽", "南山",
];
/** Named areas inside a Shenzhen district (the district's canonical name). */
const AREA_DISTRICT: Readonly<Record<string, string>> = {
  大运: "龙岗区", 坂雪岗: "龙岗区", 嶂背: "龙岗区", 辅城坳: "龙岗区",
  后海: "南山区", 留仙洞: "南山区", 深圳湾: "南山区", 蛇口湾: "南山区", 华侨城: "南山区", 白石洲: "南山区",
  河套: "福田区",
};
const LONGGANG_STREETS = new Set(["平湖", "坂田", "布吉", "南湾", "横岗", "龙城", "龙岗", "宝龙", "园山", "吉华", "坪地"]);
const GUANGDONG_CITIES = new Set(["深圳市", "广州市", "东莞市", "惠州市", "珠海市", "佛山市", "汕尾市", "河源市", "中山市", "江门市", "汕头市"]);
const CITY_PROVINCE: Readonly<Record<string, string>> = { 杭州市: "浙江省", 南京市: "江苏省", 武汉市: "湖北省", 成都市: "四川省", 西安市: "陕西省", 苏州市: "江苏省" };

const AREAS = [
  "粤港澳大湾区", "大湾区", "大运", "前海", "河套", "珠三角", "后海", "留仙洞", "深圳湾", "蛇口湾", "华侨城", "白石洲",
  "坂雪岗", "嶂背", "辅城坳", "深圳经济特区", "长三角", "京津冀", "东盟",
  "香港", "澳门", "深圳", "广东",
];

const COUNTRIES = [
  "美国", "法国", "德国", "英国", "日本", "韩国", "俄罗斯", "泰国", "智利", "秘鲁", "古巴", "南非", "阿联酋",
  "新加坡", "马来西亚", "越南", "印度尼西亚", "沙特阿拉伯", "巴西", "意大利", "西班牙", "荷兰", "瑞士", "以色列",
  "澳大利亚", "新西兰", "加拿大", "墨西哥", "阿根廷", "埃及", "印度", "巴基斯坦", "哈萨克斯坦", "蒙古", "朝鲜",
  "欧洲", "中东", "东南亚", "非洲", "拉美", "欧盟", "东盟", "港澳", "港澳台",
];

/** Government and party bodies named as actors: canonical name and short forms. */
const BODIES = [
  ["党中央"], ["中共中央"], ["国务院"], ["全国人大", "全国人民代表大会"], ["全国政协"], ["省委"], ["省政府"], ["市委"],
  ["市政府"], ["区委"], ["区政府"], ["区人大"], ["区政协"], ["人大"], ["政协"], ["工信部", "工业和信息化部"],
  ["商务部"], ["教育部"], ["科技部"], ["财政部"], ["国家发展改革委", "国家发改委"], ["海关总署"], ["中国科学院", "中科院"],
  ["中国工程院"], ["央视"], ["香港贸易发展局", "香港贸发局"], ["亚太经合组织", "APEC"],
] as const;

/** Named events (gold convention 5) and fixed strategic formulas (convention 10). */
const EVENTS = [["十五运会"], ["残特奥会"], ["全运会"], ["文博会"], ["高交会"], ["深圳国际低碳城论坛"]] as const;
const STRATEGIES = [
  ["深圳东部中心"], ["五个中心"], ["双碳"], ["总体国家安全观"], ["新发展理念"], ["新发展格局"], ["一带一路"],
  ["科学发展观"], ["邓小平理论"], ["三个代表重要思想", "三个代表"], ["四个意识"], ["两个维护"], ["两个确立"],
] as const;

/** Universities and institutes with their common short forms. */
const INSTITUTIONS = [
  ["深圳大学", "深大"], ["南方科技大学", "南科大"], ["哈尔滨工业大学（深圳）", "哈工大（深圳）", "哈工大"], ["清华大学", "清华"],
  ["北京大学", "北大"], ["浙江大学", "浙大"], ["香港中文大学（深圳）", "港中大（深圳）"], ["清华大学深圳国际研究生院", "清华深研院"],
  ["北京大学深圳研究生院", "北大深研院"], ["中国科学院深圳先进技术研究院", "中科院深圳先进院", "深圳先进院"],
] as const;

const ENTERPRISES = [
  ["华为", "华为技术有限公司"], ["比亚迪"], ["腾讯"], ["中兴"], ["大疆"], ["达索系统"], ["元戎物理", "元戎启行"],
  ["T3出行"], ["威高集团"], ["阿里巴巴", "阿里"], ["酷哇科技"], ["优必选"], ["荣耀"], ["传音"], ["迈瑞"],
  ["中芯国际"], ["宁德时代"], ["小米"], ["百度"], ["京东"], ["美团"], ["字节跳动"], ["中国平安"], ["招商局集团"],
  ["中广核"], ["华润"], ["万科"], ["顺丰"], ["欣旺达"], ["飞荣达"],
  // well-known Chinese and international companies that reports name as actors
  ["中兴通讯"], ["京东健康"], ["抖音"], ["OPPO"], ["vivo"], ["TCL"], ["迈瑞医疗"], ["招商银行"], ["平安银行"],
  ["微众银行"], ["招商工业"], ["中海油", "中国海油"], ["中石油"], ["中石化"], ["国家电网"], ["南方电网"],
  ["中国电子"], ["紫光同创"], ["深铁集团", "深圳地铁集团"], ["阳光保险"], ["大家财险"], ["罗氏集团", "罗氏"],
  ["阿斯利康"], ["奥林巴斯"], ["西门子"], ["英伟达"], ["微软"], ["特斯拉"], ["立讯精密"], ["汇川技术"],
  ["普渡科技"], ["云天励飞"], ["商汤科技", "商汤"], ["科大讯飞"], ["海康威视"], ["工业富联"], ["富士康"],
  ["中集集团"], ["华大基因"], ["中金公司"], ["中信证券"], ["招商证券"], ["国信证券"], ["视觉中国"],
  ["香港马会", "香港赛马会"],
] as const;

const INDICATORS = [
  ["地区生产总值", "GDP", "本地生产总值"], ["国内生产总值"], ["规模以上工业增加值", "规上工业增加值"], ["规模以上工业总产值", "规上工业总产值"],
  ["工业增加值"], ["工业总产值"], ["固定资产投资", "固定资产投资额"], ["社会消费品零售总额", "社消零"], ["一般公共预算收入"],
  ["一般公共预算支出"], ["进出口总额", "外贸进出口总额"], ["出口总额"], ["进口总额"], ["实际使用外资", "实际利用外资"],
  ["居民人均可支配收入"], ["城镇居民人均可支配收入"], ["农村居民人均纯收入"], ["城镇登记失业率"], ["城镇调查失业率"],
  ["居民消费价格", "居民消费价格指数", "CPI"], ["全社会研发投入占GDP比重", "研发投入强度"], ["全社会研发投入"],
  ["PCT国际专利申请量"], ["万元GDP水耗"], ["万元GDP能耗", "单位国内生产总值能耗"], ["财政收入"], ["税收收入"],
  ["粮食产量"], ["城镇新增就业"], ["数字经济核心产业增加值"], ["战略性新兴产业增加值"], ["服务业增加值"],
  ["第三产业增加值"], ["高新技术企业", "国家高新技术企业数"], ["全员劳动生产率"], ["PM2.5浓度", "PM2.5平均浓度"],
  ["空气质量优良天数比例"], ["国家高新技术企业"], ["商品房销售面积"], ["工业投资"], ["民间投资"],
] as const;

function build(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const p of PROVINCES) out.push({ name: p, type: "Place", aliases: [p.replace(/[省市]$/, "")] });
  for (const [name, short] of AUTONOMOUS) out.push({ name, type: "Place", aliases: [short] });
  for (const c of CITIES) out.push({ name: c, type: "Place", aliases: [c.replace(/市$/, "")] });
  for (const d of SHENZHEN_DISTRICTS) {
    const short = d.length > 2 ? d.replace(/区$|新区$/, "") : d;
    out.push({ name: d, type: "Place", aliases: short !== d ? [short] : [] });
  }
  for (const s of STREETS) {
    if (out.some((e) => e.name === `${s}区` || e.aliases.includes(s))) {
      out.push({ name: `${s}街道`, type: "Place", aliases: [] });
    } else {
      out.push({ name: `${s}街道`, type: "Place", aliases: [s] });
    }
  }
  for (const a of AREAS) {
    if (!out.some((e) => e.name === a || e.aliases.includes(a))) out.push({ name: a, type: "Place", aliases: [] });
  }
  for (const c of COUNTRIES) out.push({ name: c, type: "Place", aliases: [] });
  for (const [name, ...aliases] of BODIES) out.push({ name, type: "Institution", aliases });
  for (const [name, ...aliases] of EVENTS) out.push({ name, type: "Program", aliases });
  for (const [name, ...aliases] of STRATEGIES) out.push({ name, type: "Strategy", aliases });
  for (const [name, ...aliases] of INSTITUTIONS) out.push({ name, type: "Institution", aliases });
  for (const [name, ...aliases] of ENTERPRISES) out.push({ name, type: "Enterprise", aliases });
  for (const [name, ...aliases] of INDICATORS) out.push({ name, type: "Indicator", aliases });
  return out;
}

export const GAZETTEER: readonly GazetteerEntry[] = build();

/**
 * The administrative unit each closed-list place lies in (canonical names): a street in its
 * district, a named area in its district, a Shenzhen district in 深圳市, a city in its province.
 */
export const PLACE_PARENT: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const d of SHENZHEN_DISTRICTS) m.set(d, "深圳市");
  for (const s of STREETS) m.set(`${s}街道`, LONGGANG_STREETS.has(s) ? "龙岗区" : "南山区");
  for (const [area, district] of Object.entries(AREA_DISTRICT)) m.set(area, district);
  for (const c of CITIES) {
    const province = GUANGDONG_CITIES.has(c) ? "广东省" : CITY_PROVINCE[c];
    if (province) m.set(c, province);
  }
  return m;
})();

/** Surface form → entry (canonical names and aliases). */
export const GAZETTEER_INDEX: ReadonlyMap<string, GazetteerEntry> = (() => {
  const m = new Map<string, GazetteerEntry>();
  for (const e of GAZETTEER) {
    for (const s of [e.name, ...e.aliases]) if (!m.has(s)) m.set(s, e);
  }
  return m;
})();

/** Place names (canonical and short), longest first, for prefix checks. */
export const PLACE_SURFACES: readonly string[] = [...GAZETTEER_INDEX.entries()]
  .filter(([, e]) => e.type === "Place")
  .map(([s]) => s)
  .sort((a, b) => b.length - a.length);
