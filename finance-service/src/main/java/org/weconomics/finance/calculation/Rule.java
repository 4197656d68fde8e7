package org.weconomics.finance.calculation;

/**
 * Every rule a figure can come from, with its formula in words. The names are stable: the service may
 * expose them, and users may quote them.
 */
public enum Rule {
    // cost structure
    SUB_ACTION_COST("cost per unit × quantity per customer"),
    ACTIVITY_COST_PER_UNIT("sum of the cost per unit of the activity's sub-actions"),
    ACTIVITY_TOTAL_COST("sum of the cost per customer of the activity's sub-actions"),
    PARTY_COST_PER_UNIT("sum of the cost per unit of the sub-actions the party carries, orphaned activities left out"),
    PARTY_TOTAL_COST("sum of the cost per customer of the sub-actions the party carries, orphaned activities left out"),
    COST_SHARE("party total cost ÷ total cost × 100; the shares are rounded by largest remainder so they add up to"
            + " 100.00"),
    TOTAL_COST_PER_UNIT("sum of the parties' cost per unit"),
    TOTAL_COST("sum of the parties' total cost: the unit cost of serving one customer"),
    ORPHANED_COST("sum of the cost per customer of activities removed from the value chain; counted nowhere else"),

    // pricing
    FIXED_PRICE("the agreed price"),
    FIXED_MARGIN_AMOUNT("unit cost + target margin, rounded half-even to cents"),
    FIXED_MARGIN_PERCENT("unit cost × 100 ÷ (100 − target margin %), so that margin ÷ price is the target; rounded"
            + " half-even to cents"),
    MARKET_ALTERNATIVES("the lowest, average, median or highest price of the market alternatives; an average or"
            + " a median between two prices is rounded half-even to cents"),
    ADDED_VALUE_AMOUNT("reference price + premium, rounded half-even to cents"),
    ADDED_VALUE_PERCENT("reference price × (100 + premium %) ÷ 100, rounded half-even to cents"),
    MARGIN("price − unit cost"),
    MARGIN_PERCENT("margin ÷ price × 100"),
    TOTAL_MARGIN("margin + subsidy per unit"),
    TOTAL_MARGIN_PERCENT("total margin ÷ price × 100"),

    // margin distribution
    DISTRIBUTION_TOTAL("the amount to distribute, in cents"),
    DISTRIBUTION_INCENTIVE("sum of the partner's incentives: amounts as agreed, percentages of the total; rounded"
            + " together with the key pot by largest remainder"),
    DISTRIBUTION_KEY_POT("total − incentives"),
    KEY_COST_CONTRIBUTION("key pot × the partner's cost ÷ the partners' costs"),
    KEY_EQUAL_SPLIT("key pot ÷ number of partners"),
    KEY_FIXED_PERCENTAGES("key pot × the partner's agreed percentage ÷ 100"),
    DISTRIBUTION_PARTY_AMOUNT("incentive + key share"),
    DISTRIBUTION_PERCENT_OF_TOTAL(
            "amount ÷ total × 100; rounded by largest remainder so the partners' percentages" + " add up to 100.00"),
    DISTRIBUTION_LOSS("a loss is shared by the key alone (total × weight ÷ sum of weights): incentives, floors and"
            + " caps divide a surplus"),
    DISTRIBUTION_KEY_ONLY("total × weight ÷ sum of weights, by the key alone, without incentives, floors or caps"),

    // investments, yearly costs and projections
    COST_LINE_PROJECT_COST("cost per piece × quantity"),
    PARTY_YEARLY_COST_LINES("sum of the project costs of the party's yearly cost lines"),
    YEARLY_COST_LINES_TOTAL("sum of the parties' yearly cost lines"),
    SCENARIO_PRICE("the scenario's price if it overrides the base, otherwise the base price"),
    SCENARIO_SUBSIDY("the scenario's subsidy per unit if it overrides the base, otherwise the base's"),
    SCENARIO_VOLUME("the scenario's volume for the year if it overrides the base, otherwise the base volume"),
    YEAR_REVENUE("price × volume, booked in cents"),
    YEAR_COSTS("sum of the parties' costs of the year"),
    PARTY_YEAR_COSTS("the party's cost per customer × volume, booked in cents, + its yearly cost lines"),
    YEAR_MARGIN("revenue − costs"),
    YEAR_SUBSIDY("subsidy per unit × volume, booked in cents"),
    YEAR_TOTAL_MARGIN("margin + subsidy"),
    YEAR_INVESTMENTS("sum of the investments planned for the year (year 0 is before the first year)"),
    YEAR_RESULT("total margin − investments"),
    CUMULATIVE_RESULT("sum of the results up to and including this year, investments before year 0 included"),
    BREAK_EVEN_YEAR("the first year from year 1 whose cumulative result is at least zero; none when no year of"
            + " the horizon reaches it"),
    PARTY_MARGIN_SHARE(
            "the partner's share of the year's margin by the distribution rule; external suppliers take" + " none"),
    PARTY_SUBSIDY_SHARE("the partner's share of the year's subsidy by the distribution key alone"),
    PARTY_REVENUE("the party's costs of the year + its share of the margin: what the partnership pays it"),
    PARTY_RESULT("margin share + subsidy share − investments");

    private final String formula;

    Rule(String formula) {
        this.formula = formula;
    }

    public String formula() {
        return formula;
    }
}
