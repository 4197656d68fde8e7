package org.weconomics.finance.calculation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every rule a figure can come from, with its formula in words. The names are stable: the service may
 * expose them, and users may quote them.
 */
public enum Rule {
    // cost structure
    @JsonProperty("sub-action-cost")
    SUB_ACTION_COST("cost per unit × quantity per customer"),
    @JsonProperty("activity-cost-per-unit")
    ACTIVITY_COST_PER_UNIT("sum of the cost per unit of the activity's sub-actions"),
    @JsonProperty("activity-total-cost")
    ACTIVITY_TOTAL_COST("sum of the cost per customer of the activity's sub-actions"),
    @JsonProperty("party-cost-per-unit")
    PARTY_COST_PER_UNIT("sum of the cost per unit of the sub-actions the party carries, orphaned activities left out"),
    @JsonProperty("party-total-cost")
    PARTY_TOTAL_COST("sum of the cost per customer of the sub-actions the party carries, orphaned activities left out"),
    @JsonProperty("cost-share")
    COST_SHARE("party total cost ÷ total cost × 100; the shares are rounded by largest remainder so they add up to"
            + " 100.00"),
    @JsonProperty("total-cost-per-unit")
    TOTAL_COST_PER_UNIT("sum of the parties' cost per unit"),
    @JsonProperty("total-cost")
    TOTAL_COST("sum of the parties' total cost: the unit cost of serving one customer"),
    @JsonProperty("orphaned-cost")
    ORPHANED_COST("sum of the cost per customer of activities removed from the value chain; counted nowhere else"),

    // pricing
    @JsonProperty("fixed-price")
    FIXED_PRICE("the agreed price"),
    @JsonProperty("fixed-margin-amount")
    FIXED_MARGIN_AMOUNT("unit cost + target margin, rounded half-even to cents"),
    @JsonProperty("fixed-margin-percent")
    FIXED_MARGIN_PERCENT("unit cost × 100 ÷ (100 − target margin %), so that margin ÷ price is the target; rounded"
            + " half-even to cents"),
    @JsonProperty("market-alternatives")
    MARKET_ALTERNATIVES("the lowest, average, median or highest price of the market alternatives; an average or"
            + " a median between two prices is rounded half-even to cents"),
    @JsonProperty("added-value-amount")
    ADDED_VALUE_AMOUNT("reference price + premium, rounded half-even to cents"),
    @JsonProperty("added-value-percent")
    ADDED_VALUE_PERCENT("reference price × (100 + premium %) ÷ 100, rounded half-even to cents"),
    @JsonProperty("margin")
    MARGIN("price − unit cost"),
    @JsonProperty("margin-percent")
    MARGIN_PERCENT("margin ÷ price × 100"),
    @JsonProperty("total-margin")
    TOTAL_MARGIN("margin + subsidy per unit"),
    @JsonProperty("total-margin-percent")
    TOTAL_MARGIN_PERCENT("total margin ÷ price × 100"),

    // margin distribution
    @JsonProperty("distribution-total")
    DISTRIBUTION_TOTAL("the amount to distribute, in cents"),
    @JsonProperty("distribution-incentive")
    DISTRIBUTION_INCENTIVE("sum of the partner's incentives: amounts as agreed, percentages of the total; rounded"
            + " together with the key pot by largest remainder"),
    @JsonProperty("distribution-key-pot")
    DISTRIBUTION_KEY_POT("total − incentives"),
    @JsonProperty("key-cost-contribution")
    KEY_COST_CONTRIBUTION("key pot × the partner's cost ÷ the partners' costs"),
    @JsonProperty("key-equal-split")
    KEY_EQUAL_SPLIT("key pot ÷ number of partners"),
    @JsonProperty("key-fixed-percentages")
    KEY_FIXED_PERCENTAGES("key pot × the partner's agreed percentage ÷ 100"),
    @JsonProperty("distribution-party-amount")
    DISTRIBUTION_PARTY_AMOUNT("incentive + key share"),
    @JsonProperty("distribution-percent-of-total")
    DISTRIBUTION_PERCENT_OF_TOTAL(
            "amount ÷ total × 100; rounded by largest remainder so the partners' percentages" + " add up to 100.00"),
    @JsonProperty("distribution-loss")
    DISTRIBUTION_LOSS("a loss is shared by the key alone (total × weight ÷ sum of weights): incentives, floors and"
            + " caps divide a surplus"),
    @JsonProperty("distribution-key-only")
    DISTRIBUTION_KEY_ONLY("total × weight ÷ sum of weights, by the key alone, without incentives, floors or caps"),

    // investments, yearly costs and projections
    @JsonProperty("cost-line-project-cost")
    COST_LINE_PROJECT_COST("cost per piece × quantity"),
    @JsonProperty("party-yearly-cost-lines")
    PARTY_YEARLY_COST_LINES("sum of the project costs of the party's yearly cost lines"),
    @JsonProperty("yearly-cost-lines-total")
    YEARLY_COST_LINES_TOTAL("sum of the parties' yearly cost lines"),
    @JsonProperty("scenario-price")
    SCENARIO_PRICE("the scenario's price if it overrides the base, otherwise the base price"),
    @JsonProperty("scenario-subsidy")
    SCENARIO_SUBSIDY("the scenario's subsidy per unit if it overrides the base, otherwise the base's"),
    @JsonProperty("scenario-volume")
    SCENARIO_VOLUME("the scenario's volume for the year if it overrides the base, otherwise the base volume"),
    @JsonProperty("year-revenue")
    YEAR_REVENUE("price × volume, booked in cents"),
    @JsonProperty("year-costs")
    YEAR_COSTS("sum of the parties' costs of the year"),
    @JsonProperty("party-year-costs")
    PARTY_YEAR_COSTS("the party's cost per customer × volume, booked in cents, + its yearly cost lines"),
    @JsonProperty("year-margin")
    YEAR_MARGIN("revenue − costs"),
    @JsonProperty("year-subsidy")
    YEAR_SUBSIDY("subsidy per unit × volume, booked in cents"),
    @JsonProperty("year-total-margin")
    YEAR_TOTAL_MARGIN("margin + subsidy"),
    @JsonProperty("year-investments")
    YEAR_INVESTMENTS("sum of the investments planned for the year (year 0 is before the first year)"),
    @JsonProperty("year-result")
    YEAR_RESULT("total margin − investments"),
    @JsonProperty("cumulative-result")
    CUMULATIVE_RESULT("sum of the results up to and including this year, investments before year 0 included"),
    @JsonProperty("break-even-year")
    BREAK_EVEN_YEAR("the first year from year 1 whose cumulative result is at least zero; none when no year of"
            + " the horizon reaches it"),
    @JsonProperty("party-margin-share")
    PARTY_MARGIN_SHARE(
            "the partner's share of the year's margin by the distribution rule; external suppliers take" + " none"),
    @JsonProperty("party-subsidy-share")
    PARTY_SUBSIDY_SHARE("the partner's share of the year's subsidy by the distribution key alone"),
    @JsonProperty("party-revenue")
    PARTY_REVENUE("the party's costs of the year + its share of the margin: what the partnership pays it"),
    @JsonProperty("party-result")
    PARTY_RESULT("margin share + subsidy share − investments");

    private final String formula;

    Rule(String formula) {
        this.formula = formula;
    }

    public String formula() {
        return formula;
    }

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
