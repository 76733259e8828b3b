package city.science.qa.question;

/** What a question asks for: the kind of thing an answer must carry. */
public enum Asked {

    /** How many: a number of things (702家, 14所). */
    COUNT,

    /** How much money: an amount in yuan. */
    AMOUNT,

    /** A percentage: growth or a rate. */
    PERCENTAGE,

    /** A share of a whole: 占全市的80%, 万分之五, 1/10 ("what share of…"). */
    SHARE,

    /** An area: square kilometres or metres. */
    AREA,

    /** When: a date of the asked event. */
    DATE,

    /** How long: a span of time (一天, 15个工作日, five years). */
    DURATION,

    /** Who: a person. */
    PERSON,

    /** Where: a place. */
    PLACE,

    /** Which company or institution. */
    ORGANISATION,

    /** What something is. */
    DEFINITION,

    /** Which ones: several things. */
    LIST,

    /** Why. */
    REASON,

    /** Nothing the analysis recognises: any passage sentence may answer. */
    OTHER

}
