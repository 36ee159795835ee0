"""Invented agencies and the running text of parts 一 to 六.

All names are made up (青禾市, 云岭县, 澜江省 ...); the wording imitates the
register of real reports but is written for this project.
"""

PROVINCES = ["澜江省", "岷北省", "青川省"]
CITIES = ["青禾市", "松川市", "临澜市", "白石市", "桐溪市"]
COUNTIES = ["云岭县", "南屏县", "石湾县", "鹿鸣县"]
DISTRICTS = ["明溪区", "望江区", "东湖区", "芦洲区"]
TOWNS = ["白鹭镇", "竹溪乡", "青石镇", "柳塘乡"]
STREETS = ["石门街道办事处", "新桥街道办事处", "滨江街道办事处"]
CITY_DEPTS = ["生态环境局", "市场监督管理局", "教育局", "自然资源和规划局", "民政局",
              "交通运输局", "卫生健康委员会", "住房和城乡建设局"]
PROVINCE_DEPTS = ["水利厅", "文化和旅游厅", "农业农村厅"]
OFFICES = {"town": "党政办公室", "street": "综合办公室", "county": "政府办公室",
           "city": "市政府办公室", "province": "省政府办公厅", "dept": "办公室"}


class Agency:
    def __init__(self, name, short, self_ref, level, office, rule_maker, address=None):
        self.name = name          # as in the title: 青禾市云岭县白鹭镇人民政府
        self.short = short        # 白鹭镇
        self.self_ref = self_ref  # 我镇 / 县政府 / 我局
        self.level = level        # town, street, county, city, province, dept
        self.office = office
        self.rule_maker = rule_maker
        self.address = address or short  # where the 联系 address starts: 白鹭镇, 福州市鼓楼区


def make_agency(rng, level):
    city, county = rng.choice(CITIES), rng.choice(COUNTIES + DISTRICTS)
    county_word = "县政府" if county.endswith("县") else "区政府"
    if level == "town":
        town = rng.choice(TOWNS)
        ref = "我乡" if town.endswith("乡") else "我镇"
        return Agency(f"{city}{county}{town}人民政府", town, ref, level, OFFICES[level], False)
    if level == "street":
        street = rng.choice(STREETS)
        return Agency(f"{city}{county}{street}", street.replace("办事处", ""), "我街道",
                      level, OFFICES[level], False)
    if level == "county":
        return Agency(f"{city}{county}人民政府", county, county_word, level, OFFICES[level],
                      False)
    if level == "city":
        return Agency(f"{city}人民政府", city, "市政府", level, OFFICES[level], False)
    if level == "province":
        prov = rng.choice(PROVINCES)
        return Agency(f"{prov}人民政府", prov, "省政府", level, OFFICES[level], True)
    if level == "province_dept":
        prov, dept = rng.choice(PROVINCES), rng.choice(PROVINCE_DEPTS)
        return Agency(f"{prov}{dept}", dept, "我厅", "dept", OFFICES["dept"], False)
    dept = rng.choice(CITY_DEPTS)
    ref = "我委" if dept.endswith("委员会") else "我局"
    return Agency(f"{city}{dept}", dept, ref, "dept", OFFICES["dept"], False)


def _phone(rng):
    return f"0{rng.randint(300, 999)}-{rng.randint(2000000, 8999999)}"


def intro(rng, agency, year, gbk_road=False):
    """The opening paragraph.  ``gbk_road``: an address with 堃, a character
    outside GB2312 (pages that declare gb2312 but are GBK/GB18030)."""
    road = "堃华路" if gbk_road else rng.choice(["和平路", "人民路", "建设路", "府前路"])
    site = f"{agency.short}门户网站" if agency.level != "dept" else f"{agency.name}网站"
    abbr = "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(4))
    return (f"依据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，编制本报告。"
            f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
            f"本报告电子版可在“{site}”（http://www.{abbr}.gov.cn）查阅或下载。"
            f"如对本报告有任何疑问，请与{agency.office}联系"
            f"（地址：{agency.address}{road}{rng.randint(1, 400)}号；"
            f"邮编：{rng.randint(510000, 859999)}；电话：{_phone(rng)}）。")


def _congress(year):
    if year <= 2021:
        return "党的十九大和十九届历次全会精神"
    if year == 2022:
        return "党的二十大精神"
    return "党的二十大和二十届历次全会精神"


def part1(rng, agency, year, applications):
    """[(kind, text)] with kind 'sub' for （一）-style sub-headings, 'p' for text."""
    me = agency.self_ref
    n_items = rng.randint(120, 4800)
    n_policy = rng.randint(3, 60)
    n_media = rng.randint(40, 900)
    reads = rng.randint(11, 380) / 10
    checks = rng.randint(2, 12)
    lead = (f"{year}年，{me}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻"
            f"{_congress(year)}，把政务公开作为转变作风、服务群众的抓手，"
            f"围绕中心工作抓好{agency.short}各项信息的发布、解读和回应，政府工作透明度稳步提升。")
    return [
        ("p", lead),
        ("sub", "（一）主动公开"),
        ("p", f"全年通过门户网站、政务新媒体和公开栏主动公开政府信息{n_items}条，"
              f"其中发布政策文件解读{n_policy}篇，重点做好财政预决算、民生实事和"
              f"惠企政策等信息的公开，做到应公开尽公开。"),
        ("sub", "（二）依申请公开"),
        ("p", f"{year}年{me}共受理政府信息公开申请{applications}件，均在法定期限内答复，"
              f"答复文书格式统一、依据明确，未发生因答复不当被纠错的情况。"),
        ("sub", "（三）政府信息管理"),
        ("p", f"严格执行公开前保密审查制度，落实“先审查、后公开”和“一事一审”要求，"
              f"全年开展信息公开自查{checks}次，及时更正和撤回过时信息。"),
        ("sub", "（四）平台建设"),
        ("p", f"持续优化政府信息公开专栏，“{agency.short}发布”微信公众号全年推送信息{n_media}条，"
              f"累计阅读{reads}万人次，咨询电话{_phone(rng)}工作日专人接听。"),
        ("sub", "（五）监督保障"),
        ("p", f"将政务公开纳入年度目标考核，明确分管领导和专职工作人员，"
              f"组织业务培训{rng.randint(1, 6)}场，本年度未发生因政府信息公开工作被追究责任的情况。"),
    ]


def part5(rng, agency, year):
    me = agency.self_ref
    return [
        ("p", f"回顾{year}年，{me}在政府信息公开工作中还存在一些不足：一是部分栏目更新不够及时，"
              f"信息发布的时效性有待提高；二是政策解读形式比较单一，图解和视频解读偏少；"
              f"三是工作人员业务能力还需加强。"),
        ("p", f"下一步，{me}将细化栏目责任分工，建立更新提醒机制；丰富解读形式，"
              f"提高解读的针对性和可读性；加强业务培训，提升依申请公开办理质量。"),
    ]


def fee_sentence(year, fees):
    return (f"本单位依据《政府信息公开信息处理费管理办法》收取信息处理费，{year}年发出收费通知的件数"
            f"{fees['s6.fee_notices']}件，总金额{fees['s6.fee_billed']}元。"
            f"实际收取的总金额{fees['s6.fee_collected']}元。")


def part6(rng, agency, year, template, fees):
    me = agency.self_ref
    paras = []
    if template == "2021":
        paras.append(("p", fee_sentence(year, fees)))
    paras.append(("p", f"{year}年度，{me}办理人大代表建议{rng.randint(0, 40)}件、"
                       f"政协委员提案{rng.randint(0, 40)}件，办理结果均按规定予以公开。"))
    paras.append(("p", "对照上级年度政务公开工作要点，逐项抓好任务落实，"
                       "全部按期完成。"))
    return paras
