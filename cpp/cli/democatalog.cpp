#include "democatalog.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fd::cli {

const QList<DemoRegion> &DemoCatalog::regions()
{
    static const QList<DemoRegion> list = {
        // Anhui: the issuer's home province, where most customers live.
        {u"340104"_s, u"安徽省"_s, u"合肥市"_s, u"蜀山区"_s, u"皖A"_s,
         {u"长江西路"_s, u"潜山路"_s, u"黄山路"_s, u"望江西路"_s, u"怀宁路"_s, u"习友路"_s},
         {u"合肥西收费站"_s, u"合肥南收费站"_s, u"紫蓬山服务区"_s}, 14},
        {u"340111"_s, u"安徽省"_s, u"合肥市"_s, u"包河区"_s, u"皖A"_s,
         {u"徽州大道"_s, u"马鞍山路"_s, u"繁华大道"_s, u"太湖路"_s, u"宁国路"_s},
         {u"合肥东收费站"_s, u"大圩服务区"_s, u"合肥南收费站"_s}, 12},
        {u"340103"_s, u"安徽省"_s, u"合肥市"_s, u"庐阳区"_s, u"皖A"_s,
         {u"长江中路"_s, u"阜阳路"_s, u"濉溪路"_s, u"蒙城路"_s},
         {u"合肥北收费站"_s, u"庐阳收费站"_s}, 9},
        {u"340102"_s, u"安徽省"_s, u"合肥市"_s, u"瑶海区"_s, u"皖A"_s,
         {u"长江东路"_s, u"临泉路"_s, u"铜陵路"_s, u"当涂路"_s},
         {u"肥东收费站"_s, u"合肥东收费站"_s}, 8},
        {u"340121"_s, u"安徽省"_s, u"合肥市"_s, u"长丰县"_s, u"皖A"_s,
         {u"双凤大道"_s, u"阜阳北路"_s, u"水湖路"_s},
         {u"长丰收费站"_s, u"双墩服务区"_s}, 4},
        {u"340181"_s, u"安徽省"_s, u"合肥市"_s, u"巢湖市"_s, u"皖A"_s,
         {u"健康路"_s, u"巢湖北路"_s, u"东风路"_s},
         {u"巢湖北收费站"_s, u"巢湖服务区"_s}, 4},
        {u"340202"_s, u"安徽省"_s, u"芜湖市"_s, u"镜湖区"_s, u"皖B"_s,
         {u"中山路"_s, u"北京中路"_s, u"赭山路"_s, u"九华中路"_s},
         {u"芜湖东收费站"_s, u"芜湖长江大桥收费站"_s}, 7},
        {u"340302"_s, u"安徽省"_s, u"蚌埠市"_s, u"龙子湖区"_s, u"皖C"_s,
         {u"东海大道"_s, u"胜利东路"_s, u"淮河路"_s},
         {u"蚌埠收费站"_s, u"涂山服务区"_s}, 5},
        {u"340502"_s, u"安徽省"_s, u"马鞍山市"_s, u"花山区"_s, u"皖E"_s,
         {u"湖东中路"_s, u"雨山路"_s, u"佳山路"_s},
         {u"马鞍山收费站"_s, u"采石服务区"_s}, 4},
        {u"340802"_s, u"安徽省"_s, u"安庆市"_s, u"迎江区"_s, u"皖H"_s,
         {u"人民路"_s, u"湖心中路"_s, u"华中路"_s},
         {u"安庆收费站"_s, u"安庆长江大桥收费站"_s}, 4},
        {u"341002"_s, u"安徽省"_s, u"黄山市"_s, u"屯溪区"_s, u"皖J"_s,
         {u"黄山西路"_s, u"新安北路"_s, u"延安路"_s},
         {u"黄山收费站"_s, u"休宁服务区"_s}, 3},
        {u"341102"_s, u"安徽省"_s, u"滁州市"_s, u"琅琊区"_s, u"皖M"_s,
         {u"丰乐大道"_s, u"琅琊路"_s, u"南谯路"_s},
         {u"滁州收费站"_s, u"滁州服务区"_s}, 4},
        {u"341202"_s, u"安徽省"_s, u"阜阳市"_s, u"颍州区"_s, u"皖K"_s,
         {u"颍州路"_s, u"清河路"_s, u"人民西路"_s},
         {u"阜阳收费站"_s, u"颍上收费站"_s}, 5},
        {u"341502"_s, u"安徽省"_s, u"六安市"_s, u"金安区"_s, u"皖N"_s,
         {u"梅山路"_s, u"皖西大道"_s, u"佛子岭路"_s},
         {u"六安东收费站"_s, u"金寨收费站"_s}, 4},
        // Neighbouring provinces and the big cities customers move between.
        {u"320102"_s, u"江苏省"_s, u"南京市"_s, u"玄武区"_s, u"苏A"_s,
         {u"中山路"_s, u"北京东路"_s, u"珠江路"_s, u"龙蟠路"_s},
         {u"南京长江二桥收费站"_s, u"马群收费站"_s, u"仙林服务区"_s}, 3},
        {u"320106"_s, u"江苏省"_s, u"南京市"_s, u"鼓楼区"_s, u"苏A"_s,
         {u"中山北路"_s, u"汉中路"_s, u"虎踞路"_s},
         {u"南京长江二桥收费站"_s, u"南京收费站"_s}, 2},
        {u"320508"_s, u"江苏省"_s, u"苏州市"_s, u"姑苏区"_s, u"苏E"_s,
         {u"干将路"_s, u"人民路"_s, u"十全街"_s},
         {u"苏州东收费站"_s, u"阳澄湖服务区"_s}, 2},
        {u"320505"_s, u"江苏省"_s, u"苏州市"_s, u"虎丘区"_s, u"苏E"_s,
         {u"狮山路"_s, u"长江路"_s, u"塔园路"_s},
         {u"苏州新区收费站"_s, u"苏州东收费站"_s}, 1},
        {u"330106"_s, u"浙江省"_s, u"杭州市"_s, u"西湖区"_s, u"浙A"_s,
         {u"文三路"_s, u"天目山路"_s, u"教工路"_s, u"古墩路"_s},
         {u"杭州北收费站"_s, u"彭埠收费站"_s}, 2},
        {u"330102"_s, u"浙江省"_s, u"杭州市"_s, u"上城区"_s, u"浙A"_s,
         {u"延安路"_s, u"解放路"_s, u"清泰街"_s},
         {u"彭埠收费站"_s, u"杭州南收费站"_s}, 1},
        {u"310115"_s, u"上海市"_s, QString(), u"浦东新区"_s, u"沪A"_s,
         {u"世纪大道"_s, u"张杨路"_s, u"浦东南路"_s, u"杨高中路"_s},
         {u"沪宁高速江桥收费站"_s, u"莘庄收费站"_s}, 2},
        {u"310104"_s, u"上海市"_s, QString(), u"徐汇区"_s, u"沪B"_s,
         {u"漕溪北路"_s, u"肇嘉浜路"_s, u"衡山路"_s},
         {u"莘庄收费站"_s, u"沪宁高速江桥收费站"_s}, 1},
        {u"420106"_s, u"湖北省"_s, u"武汉市"_s, u"武昌区"_s, u"鄂A"_s,
         {u"中南路"_s, u"中北路"_s, u"武珞路"_s, u"和平大道"_s},
         {u"武汉收费站"_s, u"龚家岭收费站"_s}, 2},
        {u"410105"_s, u"河南省"_s, u"郑州市"_s, u"金水区"_s, u"豫A"_s,
         {u"花园路"_s, u"金水路"_s, u"农业路"_s, u"经三路"_s},
         {u"郑州收费站"_s, u"郑州东收费站"_s}, 2},
        {u"360102"_s, u"江西省"_s, u"南昌市"_s, u"东湖区"_s, u"赣A"_s,
         {u"八一大道"_s, u"阳明路"_s, u"象山北路"_s},
         {u"南昌北收费站"_s, u"昌北收费站"_s}, 1},
        {u"370102"_s, u"山东省"_s, u"济南市"_s, u"历下区"_s, u"鲁A"_s,
         {u"泉城路"_s, u"经十路"_s, u"解放路"_s},
         {u"济南东收费站"_s, u"港沟收费站"_s}, 1},
        {u"110105"_s, u"北京市"_s, QString(), u"朝阳区"_s, u"京A"_s,
         {u"建国路"_s, u"朝阳路"_s, u"东三环中路"_s},
         {u"京沪高速马驹桥收费站"_s, u"京津塘高速台湖收费站"_s}, 1},
        {u"110108"_s, u"北京市"_s, QString(), u"海淀区"_s, u"京N"_s,
         {u"中关村大街"_s, u"学院路"_s, u"知春路"_s},
         {u"京藏高速沙河收费站"_s, u"京港澳高速杜家坎收费站"_s}, 1},
        {u"440106"_s, u"广东省"_s, u"广州市"_s, u"天河区"_s, u"粤A"_s,
         {u"天河路"_s, u"体育西路"_s, u"黄埔大道"_s},
         {u"广州北收费站"_s, u"火村收费站"_s}, 1},
        {u"440305"_s, u"广东省"_s, u"深圳市"_s, u"南山区"_s, u"粤B"_s,
         {u"深南大道"_s, u"科技园路"_s, u"南海大道"_s},
         {u"南坪快速收费站"_s, u"鹤洲收费站"_s}, 1},
        {u"510107"_s, u"四川省"_s, u"成都市"_s, u"武侯区"_s, u"川A"_s,
         {u"人民南路"_s, u"武侯祠大街"_s, u"科华北路"_s},
         {u"成都收费站"_s, u"成温邛收费站"_s}, 1},
    };
    return list;
}

const QList<DemoOutletDef> &DemoCatalog::outlets()
{
    static const QList<DemoOutletDef> list = {
        {u"0101"_s, u"合肥政务区网点"_s, u"合肥政务区"_s, 0, u"潜山路 1888 号"_s},
        {u"0102"_s, u"合肥包河网点"_s, u"合肥包河"_s, 1, u"徽州大道 999 号"_s},
        {u"0103"_s, u"合肥庐阳网点"_s, u"合肥庐阳"_s, 2, u"阜阳路 368 号"_s},
        {u"0104"_s, u"巢湖网点"_s, u"巢湖"_s, 5, u"健康路 66 号"_s},
        {u"0201"_s, u"芜湖镜湖网点"_s, u"芜湖镜湖"_s, 6, u"北京中路 118 号"_s},
        {u"0301"_s, u"蚌埠龙子湖网点"_s, u"蚌埠龙子湖"_s, 7, u"东海大道 2288 号"_s},
        {u"0401"_s, u"马鞍山花山网点"_s, u"马鞍山花山"_s, 8, u"湖东中路 58 号"_s},
        {u"0501"_s, u"安庆迎江网点"_s, u"安庆迎江"_s, 9, u"湖心中路 201 号"_s},
        {u"0601"_s, u"黄山屯溪网点"_s, u"黄山屯溪"_s, 10, u"新安北路 37 号"_s},
        {u"0701"_s, u"阜阳颍州网点"_s, u"阜阳颍州"_s, 12, u"清河路 520 号"_s},
        {u"3201"_s, u"南京玄武网点"_s, u"南京玄武"_s, 14, u"龙蟠路 177 号"_s},
        {u"3202"_s, u"苏州姑苏网点"_s, u"苏州姑苏"_s, 16, u"干将路 1001 号"_s},
        {u"3301"_s, u"杭州西湖网点"_s, u"杭州西湖"_s, 18, u"古墩路 702 号"_s},
        {u"3101"_s, u"上海浦东网点"_s, u"上海浦东"_s, 20, u"杨高中路 2108 号"_s},
        {u"4201"_s, u"武汉武昌网点"_s, u"武汉武昌"_s, 22, u"中北路 86 号"_s},
    };
    return list;
}

const QStringList &DemoCatalog::surnames()
{
    static const QStringList list = {
        u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s, u"吴"_s, u"周"_s,
        u"徐"_s, u"孙"_s, u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s, u"何"_s, u"林"_s, u"高"_s, u"罗"_s,
        u"郑"_s, u"梁"_s, u"谢"_s, u"宋"_s, u"唐"_s, u"许"_s, u"韩"_s, u"邓"_s, u"冯"_s, u"曹"_s,
        u"彭"_s, u"曾"_s, u"肖"_s, u"田"_s, u"董"_s, u"潘"_s, u"袁"_s, u"蔡"_s, u"蒋"_s, u"余"_s,
        u"于"_s, u"杜"_s, u"叶"_s, u"程"_s, u"魏"_s, u"苏"_s, u"吕"_s, u"丁"_s, u"任"_s, u"卢"_s,
        u"姚"_s, u"沈"_s, u"钟"_s, u"姜"_s, u"崔"_s, u"谭"_s, u"陆"_s, u"范"_s, u"汪"_s, u"廖"_s,
        u"石"_s, u"金"_s, u"韦"_s, u"贾"_s, u"夏"_s, u"付"_s, u"方"_s, u"邹"_s, u"熊"_s, u"白"_s,
        u"孟"_s, u"秦"_s, u"邱"_s, u"侯"_s, u"江"_s, u"尹"_s, u"薛"_s, u"闫"_s, u"段"_s, u"雷"_s,
        u"龙"_s, u"黎"_s, u"史"_s, u"陶"_s, u"贺"_s, u"毛"_s, u"郝"_s, u"顾"_s, u"龚"_s, u"邵"_s,
        u"万"_s, u"覃"_s, u"武"_s, u"钱"_s, u"戴"_s, u"严"_s, u"莫"_s, u"孔"_s, u"向"_s, u"常"_s,
        u"汤"_s, u"欧阳"_s, u"司马"_s, u"诸葛"_s, u"上官"_s,
    };
    return list;
}

const QList<int> &DemoCatalog::surnameWeights()
{
    // Per 10,000 people; the compound surnames are rare but real.
    static const QList<int> list = {
        712, 700, 674, 510, 461, 322, 245, 229, 205, 198,
        161, 152, 126, 124, 117, 113, 111, 107, 107, 94,
        87, 83, 77, 71, 71, 66, 63, 62, 62, 60,
        56, 54, 53, 52, 50, 48, 47, 46, 45, 45,
        44, 42, 42, 41, 39, 39, 38, 37, 37, 35,
        35, 34, 34, 34, 33, 32, 31, 30, 30, 30,
        29, 28, 28, 28, 27, 27, 26, 25, 25, 25,
        25, 24, 24, 23, 23, 22, 22, 22, 21, 21,
        20, 20, 20, 20, 19, 19, 19, 18, 18, 18,
        17, 17, 17, 17, 16, 16, 16, 15, 15, 15,
        15, 3, 1, 1, 1,
    };
    return list;
}

const QStringList &DemoCatalog::givenNames(int era, bool male)
{
    static const QStringList oldMale = {
        u"建国"_s, u"建华"_s, u"国强"_s, u"志强"_s, u"建军"_s, u"国庆"_s, u"德明"_s, u"文华"_s, u"建平"_s, u"志明"_s,
        u"卫东"_s, u"红军"_s, u"国平"_s, u"永强"_s, u"立新"_s, u"明"_s, u"军"_s, u"平"_s, u"华"_s, u"强"_s,
        u"勇"_s, u"斌"_s, u"刚"_s, u"伟"_s, u"林"_s, u"峰"_s, u"海"_s, u"忠"_s, u"学文"_s, u"振华"_s};
    static const QStringList oldFemale = {
        u"秀英"_s, u"桂英"_s, u"秀兰"_s, u"玉兰"_s, u"桂兰"_s, u"淑珍"_s, u"凤英"_s, u"玉珍"_s, u"秀珍"_s, u"丽华"_s,
        u"淑英"_s, u"红梅"_s, u"桂芳"_s, u"玉梅"_s, u"美华"_s, u"英"_s, u"兰"_s, u"华"_s, u"芳"_s, u"萍"_s,
        u"红"_s, u"霞"_s, u"玲"_s, u"敏"_s, u"丽"_s, u"琴"_s, u"静"_s, u"秀梅"_s, u"春兰"_s, u"秀云"_s};
    static const QStringList midMale = {
        u"伟"_s, u"磊"_s, u"勇"_s, u"军"_s, u"涛"_s, u"斌"_s, u"强"_s, u"波"_s, u"辉"_s, u"刚"_s,
        u"鹏"_s, u"杰"_s, u"超"_s, u"明"_s, u"俊"_s, u"峰"_s, u"亮"_s, u"飞"_s, u"浩"_s, u"华"_s,
        u"海涛"_s, u"晓东"_s, u"建伟"_s, u"志刚"_s, u"文斌"_s, u"俊峰"_s, u"晓明"_s, u"海峰"_s, u"永刚"_s, u"国华"_s};
    static const QStringList midFemale = {
        u"丽"_s, u"静"_s, u"敏"_s, u"燕"_s, u"艳"_s, u"娟"_s, u"霞"_s, u"芳"_s, u"娜"_s, u"丹"_s,
        u"玲"_s, u"萍"_s, u"红"_s, u"婷"_s, u"洁"_s, u"琳"_s, u"颖"_s, u"倩"_s, u"慧"_s, u"晶"_s,
        u"丽娟"_s, u"海燕"_s, u"晓燕"_s, u"春梅"_s, u"丽萍"_s, u"晓红"_s, u"雪梅"_s, u"秀丽"_s, u"晓丽"_s, u"艳红"_s};
    static const QStringList youngMale = {
        u"浩"_s, u"宇"_s, u"鹏"_s, u"杰"_s, u"鑫"_s, u"帅"_s, u"超"_s, u"磊"_s, u"凯"_s, u"晨"_s,
        u"子轩"_s, u"浩然"_s, u"宇航"_s, u"俊杰"_s, u"一鸣"_s, u"博文"_s, u"浩宇"_s, u"宇轩"_s, u"梓豪"_s, u"子豪"_s,
        u"天宇"_s, u"俊熙"_s, u"明轩"_s, u"皓轩"_s, u"嘉豪"_s, u"思远"_s, u"文博"_s, u"家豪"_s, u"雨泽"_s, u"睿"_s};
    static const QStringList youngFemale = {
        u"婷"_s, u"倩"_s, u"雪"_s, u"琳"_s, u"颖"_s, u"欣"_s, u"静"_s, u"悦"_s, u"佳"_s, u"萌"_s,
        u"梓涵"_s, u"雨涵"_s, u"欣怡"_s, u"诗雨"_s, u"思琪"_s, u"佳怡"_s, u"雅琪"_s, u"梦琪"_s, u"子涵"_s, u"一诺"_s,
        u"欣妍"_s, u"诗涵"_s, u"雨欣"_s, u"可馨"_s, u"佳琪"_s, u"思雨"_s, u"晨曦"_s, u"紫涵"_s, u"梦瑶"_s, u"语嫣"_s};
    switch (era) {
    case 0:
        return male ? oldMale : oldFemale;
    case 1:
        return male ? midMale : midFemale;
    default:
        return male ? youngMale : youngFemale;
    }
}

const QStringList &DemoCatalog::estates()
{
    static const QStringList list = {
        u"幸福家园"_s, u"阳光花园"_s, u"翡翠湖畔"_s, u"锦绣华庭"_s, u"滨湖世纪城"_s, u"万科城市花园"_s, u"保利香槟国际"_s,
        u"绿地蓝海"_s, u"碧桂园"_s, u"金色名郡"_s, u"中海国际"_s, u"融创玖樟台"_s, u"世纪阳光"_s, u"和平小区"_s,
        u"工人新村"_s, u"梅园小区"_s, u"望湖城"_s, u"书香门第"_s, u"康桥美郡"_s, u"新城国际"_s};
    return list;
}

const QStringList &DemoCatalog::companyWords()
{
    static const QStringList list = {
        u"顺达"_s, u"恒通"_s, u"安泰"_s, u"华宇"_s, u"鑫源"_s, u"远航"_s, u"通达"_s, u"瑞丰"_s, u"宏远"_s, u"金盛"_s,
        u"中联"_s, u"骏马"_s, u"长运"_s, u"汇通"_s, u"捷运"_s, u"路通"_s, u"天成"_s, u"永安"_s, u"众诚"_s, u"立信"_s,
        u"德邦"_s, u"宝盛"_s, u"聚力"_s, u"祥和"_s, u"东方"_s, u"新源"_s, u"合众"_s, u"兴旺"_s};
    return list;
}

const QStringList &DemoCatalog::companyTrades()
{
    static const QStringList list = {u"物流"_s, u"运输"_s, u"货运"_s, u"汽车租赁"_s, u"客运"_s, u"冷链物流"_s,
                                     u"建材"_s, u"商贸"_s, u"快递服务"_s, u"工程机械"_s, u"供应链管理"_s};
    return list;
}

const QStringList &DemoCatalog::phonePrefixes()
{
    static const QStringList list = {u"138"_s, u"139"_s, u"137"_s, u"136"_s, u"135"_s, u"134"_s, u"150"_s, u"151"_s,
                                     u"152"_s, u"157"_s, u"158"_s, u"159"_s, u"182"_s, u"183"_s, u"187"_s, u"188"_s,
                                     u"130"_s, u"131"_s, u"132"_s, u"155"_s, u"156"_s, u"185"_s, u"186"_s, u"133"_s,
                                     u"153"_s, u"180"_s, u"181"_s, u"189"_s, u"177"_s, u"173"_s, u"199"_s, u"191"_s,
                                     u"166"_s, u"198"_s, u"176"_s, u"178"_s};
    return list;
}

const QList<int> &DemoCatalog::phonePrefixWeights()
{
    static const QList<int> list = {9, 9, 8, 7, 7, 5, 6, 5, 4, 5, 6, 6, 4, 4, 4, 5,
                                    5, 4, 4, 4, 4, 5, 5, 4, 3, 4, 3, 4, 3, 3, 3, 2,
                                    2, 2, 3, 2};
    return list;
}

const QList<DemoProblem> &DemoCatalog::problems()
{
    static const QList<DemoProblem> list = {
        {u"obu"_s, u"OBU 无法识别"_s,
         u"客户驾驶{plate}于{when}经{station} ETC 车道时 OBU 未被识别，被引导至人工车道缴费，OBU 指示灯无反应。"_s,
         2, 2, 2, 3, u"home"_s, 16},
        {u"obu"_s, u"OBU 显示屏不亮"_s,
         u"{plate}车内 OBU 显示屏无显示，插卡后无提示音，疑似电池耗尽或设备损坏，客户要求上门检测。"_s,
         2, 3, 3, 3, u"home"_s, 8},
        {u"obu"_s, u"OBU 提示标签失效"_s,
         u"{plate}通行{station}时 OBU 提示“标签失效”，疑似拆卸触发防拆保护，需要重新激活。"_s,
         2, 2, 2, 3, u"home"_s, 9},
        {u"obu"_s, u"OBU 防拆报警需重新激活"_s,
         u"客户更换前挡风玻璃后 OBU 被拆下，{plate}的设备显示拆卸报警，申请上门重新安装并激活。"_s,
         2, 3, 3, 3, u"home"_s, 6},
        {u"obu"_s, u"OBU 支架脱落"_s, u"{plate}的 OBU 支架脱落，设备松动，客户要求上门重新粘贴固定。"_s,
         3, 3, 3, 3, u"home"_s, 4},
        {u"card"_s, u"ETC 卡余额显示异常"_s,
         u"客户反映{plate}绑定的储值卡于{when}圈存 {amount} 元后，OBU 显示余额与账户余额不一致，相差 {amount2} 元。"_s,
         2, 2, 2, 3, u"home"_s, 10},
        {u"card"_s, u"ETC 卡无法读取"_s,
         u"{plate}插入 ETC 卡后 OBU 提示“卡片读取失败”，换方向插卡仍无法读取，疑似卡片芯片损坏。"_s,
         2, 2, 2, 3, u"home"_s, 8},
        {u"card"_s, u"圈存后余额未更新"_s,
         u"客户在{outlet}自助终端圈存 {amount} 元，账户已扣款但卡内余额未更新，请核实交易流水并补写卡片。"_s,
         1, 2, 2, 2, u"outlet"_s, 5},
        {u"card"_s, u"通行重复扣费"_s,
         u"客户反映{when}经{station}通行一次被扣费两次，共 {amount} 元，需核查通行流水并办理退费。"_s,
         2, 3, 3, 3, u"home"_s, 6},
        {u"lane"_s, u"车道抬杆失败"_s,
         u"{station} {lane} 号 ETC 车道交易成功但栏杆未抬起，造成后车排队，需现场检查车道控制器与栏杆机。"_s,
         1, 1, 1, 2, u"station"_s, 6, false},
        {u"lane"_s, u"ETC 车道天线故障"_s,
         u"{station} {lane} 号车道 RSU 天线频繁交易失败，{when}起失败率明显升高，需派员检测天线及读写器。"_s,
         1, 1, 1, 2, u"station"_s, 4, false},
        {u"lane"_s, u"出口无法读取入口信息"_s,
         u"{plate}在{station}出口车道提示“无入口信息”，按最远路径计费 {amount} 元，客户对收费金额有异议。"_s,
         2, 2, 2, 3, u"station"_s, 4},
        {u"device"_s, u"自助终端无法读卡"_s,
         u"{outlet}自助终端读卡器无响应，客户无法自助圈存和查询，需更换读卡模块。"_s,
         2, 2, 2, 2, u"outlet"_s, 3, false},
        {u"device"_s, u"营业厅圈存机故障"_s,
         u"{outlet}柜台圈存机开机自检报错（错误码 E{code}），暂停圈存业务，需尽快维修。"_s,
         1, 2, 1, 2, u"outlet"_s, 2, false},
        {u"account"_s, u"记账卡账单金额有误"_s,
         u"客户对 {month} 月记账卡账单有异议：账单金额 {amount} 元，客户称实际通行费用仅 {amount2} 元。"_s,
         3, 3, 3, 3, u"home"_s, 3},
        {u"account"_s, u"银行代扣失败"_s,
         u"客户绑定的银行卡代扣已连续失败 {n} 次，{plate}即将进入状态名单，客户要求上门协助更换代扣银行卡。"_s,
         2, 2, 3, 3, u"home"_s, 3},
        {u"install"_s, u"预约上门安装 OBU"_s,
         u"新办理 ETC 的客户预约上门为{plate}安装 OBU 并激活，客户希望{when}前完成。"_s,
         3, 3, 3, 3, u"home"_s, 5},
    };
    return list;
}

const QStringList &DemoCatalog::finishNotes(const QString &category)
{
    static const QHash<QString, QStringList> notes = {
        {u"obu"_s, {u"更换 OBU 电池，现场测试通过"_s, u"重新激活 OBU，车道测试正常"_s, u"更换 OBU 设备并完成激活"_s,
                    u"重新粘贴固定 OBU 支架，通行测试正常"_s}},
        {u"card"_s, {u"更换 ETC 卡并完成余额迁移"_s, u"补写卡内余额，与账户核对一致"_s, u"核实为重复扣费，已提交退费申请"_s}},
        {u"lane"_s, {u"更换栏杆机控制板，连续测试 20 次正常"_s, u"调整 RSU 天线角度并重启读写器，交易恢复"_s,
                     u"更换车道控制器网线，恢复正常"_s}},
        {u"device"_s, {u"更换读卡模块，自助圈存恢复"_s, u"更换圈存机电源模块，自检通过"_s}},
        {u"account"_s, {u"核对账单无误，已向客户解释计费规则"_s, u"协助客户更换代扣银行卡并补扣欠费"_s}},
        {u"install"_s, {u"OBU 安装激活完成，已指导客户使用"_s}},
    };
    static const QStringList fallback = {u"处理完毕"_s};
    const auto it = notes.constFind(category);
    return it == notes.cend() ? fallback : it.value();
}

const QList<DemoRepair> &DemoCatalog::repairs(const DemoProblem &problem)
{
    // The parts a crew carries.
    static const DemoPart battery{u"OBU-BAT-01"_s, u"OBU 电池"_s};
    static const DemoPart tag{u"OBU-TAG-02"_s, u"电子标签（OBU）"_s};
    static const DemoPart bracket{u"OBU-BRK-01"_s, u"OBU 支架（含胶贴）"_s};
    static const DemoPart cardTray{u"CRD-TRY-01"_s, u"卡托"_s};
    static const DemoPart userCard{u"CRD-CPU-01"_s, u"ETC 用户卡（CPU 卡）"_s};
    static const DemoPart antenna{u"RSU-ANT-01"_s, u"RSU 路侧天线"_s};
    static const DemoPart barrierBoard{u"BAR-CTL-01"_s, u"栏杆机控制板"_s};
    static const DemoPart cable{u"NET-CB6-05"_s, u"六类网线（5 米）"_s};
    static const DemoPart reader{u"KSK-RDR-01"_s, u"自助终端读卡模块"_s};
    static const DemoPart power{u"LDM-PSU-01"_s, u"圈存机电源模块"_s};
    static const DemoPart none;
    // By problem title (see problems()); lanes belong to the road operator, outlet devices to the issuer.
    static const QHash<QString, QList<DemoRepair>> byTitle = {
        {u"OBU 无法识别"_s,
         {{u"obu"_s, u"no_read"_s, u"customer"_s, true,
           u"现场检测 OBU 射频模块无响应，读卡正常但无法完成交易；更换电子标签并重新发行、激活，陪同客户模拟交易成功。"_s,
           u"更换电子标签并完成激活，交易测试正常"_s, tag, 5},
          {u"obu"_s, u"power"_s, u"customer"_s, true, u"OBU 电池电压过低无法唤醒，更换 OBU 电池后设备自检正常，插卡提示音正常。"_s,
           u"更换 OBU 电池，现场测试通过"_s, battery, 3},
          {u"vehicle"_s, u"metal_film"_s, u"customer"_s, true,
           u"前挡风玻璃贴有金属隔热膜，微波信号被屏蔽；将 OBU 移至前挡预留信号区重新安装并激活，测试交易正常。"_s,
           u"OBU 移至前挡信号区重新安装，测试正常"_s, none, 3},
          {u"operation"_s, u"card_inserted"_s, u"customer"_s, true, u"ETC 卡插反导致 OBU 无法读卡，重新插卡并向客户演示正确的插卡方向，测试交易正常。"_s,
           u"重新插卡并指导客户使用，测试正常"_s, none, 2}}},
        {u"OBU 显示屏不亮"_s,
         {{u"obu"_s, u"power"_s, u"customer"_s, true, u"OBU 无法开机，电池已耗尽；更换 OBU 电池后显示屏恢复，插卡读卡正常。"_s,
           u"更换 OBU 电池，显示恢复正常"_s, battery, 5},
          {u"obu"_s, u"display"_s, u"customer"_s, true, u"OBU 显示屏损坏，无法显示余额，其他功能正常；为客户更换电子标签并重新发行激活。"_s,
           u"更换电子标签并完成激活"_s, tag, 2},
          {u"operation"_s, u"guidance"_s, u"customer"_s, false, u"OBU 处于休眠状态，插卡后即唤醒显示；设备检测正常，已向客户说明休眠机制。"_s,
           u"设备正常，已向客户说明使用方法"_s, none, 1}}},
        {u"OBU 提示标签失效"_s,
         {{u"obu"_s, u"tamper"_s, u"customer"_s, true,
           u"OBU 防拆位被触发导致标签失效；检查安装位置无误后重新粘贴固定，用手持终端重新激活，车道测试通行正常。"_s,
           u"重新激活 OBU，车道测试正常"_s, none, 6},
          {u"obu"_s, u"installation"_s, u"customer"_s, true, u"OBU 支架胶贴老化松动，设备晃动触发防拆；更换 OBU 支架重新固定并重新激活。"_s,
           u"更换 OBU 支架并重新激活"_s, bracket, 2}}},
        {u"OBU 防拆报警需重新激活"_s,
         {{u"vehicle"_s, u"windscreen"_s, u"customer"_s, true, u"客户更换前挡风玻璃时拆下 OBU 触发防拆报警；在新玻璃上重新安装 OBU 并重新激活，测试交易正常。"_s,
           u"重新安装并激活 OBU，测试正常"_s, none, 5},
          {u"vehicle"_s, u"windscreen"_s, u"customer"_s, true, u"更换前挡风玻璃后原支架无法再用，更换 OBU 支架重新安装并激活，测试交易正常。"_s,
           u"更换支架，重新安装激活 OBU"_s, bracket, 3}}},
        {u"OBU 支架脱落"_s,
         {{u"obu"_s, u"installation"_s, u"customer"_s, true, u"OBU 支架胶贴脱落，清洁前挡玻璃后更换新支架重新粘贴固定，重新激活后测试正常。"_s,
           u"重新粘贴固定 OBU 支架，通行测试正常"_s, bracket, 6},
          {u"obu"_s, u"installation"_s, u"customer"_s, true, u"支架完好、胶贴松动，清洁玻璃后用原支架重新粘贴固定，测试正常。"_s,
           u"重新固定 OBU 支架，测试正常"_s, none, 2}}},
        {u"ETC 卡余额显示异常"_s,
         {{u"card"_s, u"balance_mismatch"_s, u"company"_s, true, u"核对圈存流水，上次圈存写卡中断；按账户余额补写卡内余额，核对一致。"_s,
           u"补写卡内余额，与账户核对一致"_s, none, 6},
          {u"operation"_s, u"guidance"_s, u"customer"_s, false, u"账户与卡内余额一致，客户将 OBU 显示的上次交易金额误认为余额；已向客户说明显示内容。"_s,
           u"余额核对一致，已向客户解释"_s, none, 2}}},
        {u"ETC 卡无法读取"_s,
         {{u"card"_s, u"chip_damaged"_s, u"customer"_s, true, u"卡片芯片损坏无法读取，为客户更换 ETC 用户卡并完成余额迁移，插卡测试正常。"_s,
           u"更换 ETC 卡并完成余额迁移"_s, userCard, 5},
          {u"card"_s, u"not_recognised"_s, u"customer"_s, true, u"OBU 卡托变形导致卡片接触不良，更换卡托后读卡正常。"_s,
           u"更换卡托，读卡恢复正常"_s, cardTray, 3},
          {u"card"_s, u"expired"_s, u"customer"_s, true, u"卡片已过有效期，为客户换发新卡并迁移余额，插卡测试正常。"_s, u"换发新卡，测试正常"_s,
           userCard, 1},
          {u"operation"_s, u"card_inserted"_s, u"customer"_s, true, u"卡片插反，重新插卡后读卡正常；已指导客户正确插卡。"_s,
           u"重新插卡，读卡正常"_s, none, 1}}},
        {u"圈存后余额未更新"_s,
         {{u"card"_s, u"balance_mismatch"_s, u"company"_s, true, u"核实交易流水，账户已入账但写卡失败；在柜台为客户补写卡内余额，核对一致。"_s,
           u"补写卡内余额，与账户核对一致"_s, none, 6},
          {u"other"_s, QString(), u"company"_s, true, u"自助终端与后台通信超时导致写卡未完成；恢复终端网络后为客户补写余额，核对一致。"_s,
           u"恢复终端通信并补写余额"_s, none, 2}}},
        {u"通行重复扣费"_s,
         {{u"lane"_s, u"lane_controller"_s, u"third_party"_s, true,
           u"核查通行流水，确认为车道系统重复交易；已提交退费申请，款项 3 至 5 个工作日原路退回。"_s,
           u"核实为重复扣费，已提交退费申请"_s, none, 5},
          {u"operation"_s, u"guidance"_s, u"customer"_s, false, u"核查流水为两次不同时间的通行，并非重复扣费；已向客户逐笔说明。"_s,
           u"核对无重复扣费，已向客户解释"_s, none, 2}}},
        {u"车道抬杆失败"_s,
         {{u"lane"_s, u"lane_controller"_s, u"third_party"_s, true,
           u"栏杆机控制板故障，交易成功后未收到抬杆信号；更换控制板，连续测试 20 次抬杆正常。"_s,
           u"更换栏杆机控制板，连续测试 20 次正常"_s, barrierBoard, 5},
          {u"lane"_s, u"network"_s, u"third_party"_s, true, u"车道控制器与栏杆机之间网线接头氧化，信号时断时续；更换网线后恢复正常。"_s,
           u"更换车道控制器网线，恢复正常"_s, cable, 2}}},
        {u"ETC 车道天线故障"_s,
         {{u"lane"_s, u"rsu"_s, u"third_party"_s, true, u"RSU 天线角度偏移导致通信区域不足；调整天线角度并重启读写器，连续测试交易正常。"_s,
           u"调整 RSU 天线角度并重启读写器，交易恢复"_s, none, 4},
          {u"lane"_s, u"rsu"_s, u"third_party"_s, true, u"RSU 天线发射功率异常，更换路侧天线并重新标定通信区域，交易成功率恢复正常。"_s,
           u"更换 RSU 天线，交易恢复正常"_s, antenna, 2}}},
        {u"出口无法读取入口信息"_s,
         {{u"lane"_s, u"rsu"_s, u"third_party"_s, true, u"入口车道 RSU 漏写入口信息；与路段核对通行记录后按实际路径重新计费，为客户办理差额退费。"_s,
           u"按实际路径重新计费，差额已退"_s, none, 3},
          {u"obu"_s, u"no_read"_s, u"customer"_s, true, u"OBU 写入口信息失败，检测为电子标签故障；更换电子标签并激活，已申请按实际路径退还差额。"_s,
           u"更换电子标签，已申请退还差额"_s, tag, 2},
          {u"vehicle"_s, u"metal_film"_s, u"customer"_s, true, u"前挡金属膜影响入口交易，将 OBU 移至信号区重新安装；已申请按实际路径退还差额。"_s,
           u"OBU 移至信号区重新安装，已申请退差额"_s, none, 1}}},
        {u"自助终端无法读卡"_s,
         {{u"other"_s, QString(), u"company"_s, true, u"读卡模块损坏，更换读卡模块后自助圈存和查询测试正常。"_s, u"更换读卡模块，自助圈存恢复"_s,
           reader, 4},
          {u"other"_s, QString(), u"company"_s, true, u"读卡器数据线松动，重新插接固定后读卡恢复正常。"_s, u"重新固定读卡器连线，读卡恢复"_s,
           none, 2}}},
        {u"营业厅圈存机故障"_s,
         {{u"other"_s, QString(), u"company"_s, true, u"圈存机电源模块输出电压不稳导致自检报错；更换电源模块后自检通过，试圈存正常。"_s,
           u"更换圈存机电源模块，自检通过"_s, power, 3},
          {u"other"_s, QString(), u"company"_s, true, u"圈存机与加密机连接中断，重新配置网络并重启后自检通过，试圈存正常。"_s,
           u"恢复加密机连接，自检通过"_s, none, 2}}},
        {u"记账卡账单金额有误"_s,
         {{u"operation"_s, u"guidance"_s, u"customer"_s, false, u"逐笔核对账单通行记录，账单无误，差额为上月跨月结算的通行费；已向客户解释计费规则。"_s,
           u"核对账单无误，已向客户解释计费规则"_s, none, 4},
          {u"card"_s, u"balance_mismatch"_s, u"company"_s, true, u"核实账单中有一笔重复记账，已提交调账申请，下期账单冲减。"_s,
           u"核实重复记账，已提交调账"_s, none, 1}}},
        {u"银行代扣失败"_s,
         {{u"other"_s, QString(), u"customer"_s, true, u"客户原代扣银行卡已注销，协助客户签约新的代扣银行卡并补扣欠费，已解除状态名单。"_s,
           u"协助客户更换代扣银行卡并补扣欠费"_s, none, 3},
          {u"operation"_s, u"guidance"_s, u"customer"_s, true, u"代扣银行卡余额不足导致扣款失败，补扣欠费后指导客户开通余额提醒。"_s,
           u"补扣欠费，已指导客户开通提醒"_s, none, 2}}},
        {u"预约上门安装 OBU"_s,
         {{u"operation"_s, u"not_activated"_s, u"customer"_s, true,
           u"按预约上门安装 OBU，粘贴固定于前挡风玻璃指定位置并完成激活，已指导客户插卡和查看余额。"_s,
           u"OBU 安装激活完成，已指导客户使用"_s, none, 1}}},
    };
    static const QList<DemoRepair> fallback = {
        {u"other"_s, QString(), u"unknown"_s, true, u"现场检查并处理完毕，设备测试正常。"_s, u"处理完毕"_s, none, 1}};
    const auto it = byTitle.constFind(problem.title);
    return it == byTitle.cend() ? fallback : it.value();
}

const QStringList &DemoCatalog::closeNotes()
{
    static const QStringList list = {u"回访：客户满意"_s, u"回访：客户非常满意，表示感谢"_s, u"回访：客户基本满意"_s,
                                     u"回访：客户满意，建议缩短上门等待时间"_s};
    return list;
}

const QStringList &DemoCatalog::reopenNotes()
{
    static const QStringList list = {u"回访：客户反映问题仍未解决"_s, u"回访：客户称故障复现"_s, u"回访：客户不满意处理结果，要求重新处理"_s};
    return list;
}

const QStringList &DemoCatalog::returnNotes()
{
    static const QStringList list = {u"非本班组服务区域，退回重新派单"_s, u"地址信息有误，退回核实"_s,
                                     u"需车道维护专业班组处理，退回"_s};
    return list;
}

const QStringList &DemoCatalog::cancelNotes()
{
    static const QStringList list = {u"客户来电取消：问题已自行解决"_s, u"重复报修，合并处理"_s, u"客户已到网点办理，取消上门"_s};
    return list;
}

const QStringList &DemoCatalog::chaseNotes()
{
    static const QStringList list = {u"催办：超时未接单，已电话联系班组长"_s, u"催办：客户来电询问进度"_s,
                                     u"催办：到达超时，已联系班组确认位置"_s};
    return list;
}

const QStringList &DemoCatalog::segments()
{
    static const QStringList list = {u"私家车"_s, u"私家车"_s, u"私家车"_s, u"网约车"_s, u"出租车"_s, u"公务车"_s};
    return list;
}

const QStringList &DemoCatalog::needs()
{
    static const QStringList list = {QString(), QString(), QString(), u"希望开通通行短信提醒"_s, u"希望办理记账卡"_s,
                                     u"咨询 OBU 以旧换新"_s, u"希望上门安装"_s};
    return list;
}

const QStringList &DemoCatalog::carMakers()
{
    static const QStringList list = {u"LSV"_s, u"LFV"_s, u"LGB"_s, u"LHG"_s, u"LVS"_s, u"LBV"_s, u"LFM"_s, u"LSG"_s,
                                     u"LVH"_s, u"LDC"_s};
    return list;
}

const QStringList &DemoCatalog::evMakers()
{
    static const QStringList list = {u"LGX"_s, u"LRW"_s, u"LC0"_s, u"LNB"_s, u"LJ1"_s};
    return list;
}

const QStringList &DemoCatalog::truckMakers()
{
    static const QStringList list = {u"LZZ"_s, u"LFW"_s, u"LGA"_s, u"LRD"_s};
    return list;
}

} // namespace fd::cli
