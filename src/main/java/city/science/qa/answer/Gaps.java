package city.science.qa.answer;

import city.science.qa.question.PartOfYear;
import city.science.qa.question.QuestionAnalysis;
import java.util.Map;

/**
 * What the articles do not state, said for a partial answer: "this for Chengdu",
 * 「2023年的这一数据」.
 */
final class Gaps {

    private static final Map<String, String> PLACES_EN = Map.of("成都", "Chengdu", "四川", "Sichuan", "两江新区",
            "the Liangjiang New Area", "北京", "Beijing", "上海", "Shanghai", "深圳", "Shenzhen");

    private Gaps() {
    }

    static String english(EvidenceFit.Mismatch why, QuestionAnalysis analysis) {
        return switch (why) {
            case PLACE -> "this for "
                    + String.join(" or ", analysis.places().stream().map(p -> PLACES_EN.getOrDefault(p, p)).toList())
                    + "; they report on the Western (Chongqing) Science City";
            case YEAR -> "this for " + String.join(" or ", analysis.years());
            case PART_OF_YEAR -> "this for " + analysis.partOfYear().map(PartOfYear::english).orElse("that period")
                    + (analysis.years().isEmpty() ? "" : " of " + String.join(" or ", analysis.years()));
            case SUBJECT -> "this about " + String.join(" or ", analysis.specific());
            case EVENT -> switch (analysis.asked()) {
                case PERSON -> "who did that";
                default -> "a date for that";
            };
            case WHAT_IS_ASKED -> switch (analysis.asked()) {
                case COUNT -> "that number";
                case AMOUNT -> "that amount in yuan";
                case PERCENTAGE -> "that percentage";
                case SHARE -> "that share";
                case AREA -> "that area";
                case DATE -> "that date";
                case DURATION -> "how long that took";
                case PERSON -> "who that was";
                case ORGANISATION -> "which organisation that was";
                case PLACE -> "where that is";
                default -> "that";
            };
        };
    }

    static String chinese(EvidenceFit.Mismatch why, QuestionAnalysis analysis) {
        return switch (why) {
            case PLACE -> String.join("或", analysis.places()) + "的这一信息（资料报道的是西部(重庆)科学城）";
            case YEAR -> String.join("或", analysis.years()) + "年的这一数据";
            case PART_OF_YEAR -> (analysis.years().isEmpty() ? "" : String.join("或", analysis.years()) + "年")
                    + analysis.partOfYear().map(PartOfYear::chinese).orElse("这一时期") + "的这一数据";
            case SUBJECT -> "关于" + String.join("或", analysis.specific()) + "的这一信息";
            case EVENT -> analysis.asked() == city.science.qa.question.Asked.PERSON ? "这件事是谁做的" : "这件事的时间";
            case WHAT_IS_ASKED -> switch (analysis.asked()) {
                case COUNT -> "这个数量";
                case AMOUNT -> "这笔金额";
                case PERCENTAGE -> "这个百分比";
                case SHARE -> "这个占比";
                case AREA -> "这个面积";
                case DATE -> "具体时间";
                case DURATION -> "所用时长";
                case PERSON -> "具体是谁";
                case ORGANISATION -> "具体是哪家机构";
                case PLACE -> "具体地点";
                default -> "这一点";
            };
        };
    }

}
