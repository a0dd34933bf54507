using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning.Tests.Conditions;

/// <summary>JsonLogic with JavaScript's comparison and truthiness rules, as json-logic-js computes them.</summary>
public sealed class JsonLogicSemanticsTests
{
    [Theory]
    // loose equality
    [InlineData("""{"==": [5, "5"]}""", true)]
    [InlineData("""{"==": ["5.0", 5]}""", true)]
    [InlineData("""{"==": [null, null]}""", true)]
    [InlineData("""{"==": [{"var": "missing"}, null]}""", true)]
    [InlineData("""{"==": [0, null]}""", false)]
    [InlineData("""{"==": [0, ""]}""", true)]
    [InlineData("""{"==": [0, " "]}""", true)]
    [InlineData("""{"==": [1, true]}""", true)]
    [InlineData("""{"==": ["1", true]}""", true)]
    [InlineData("""{"==": ["true", true]}""", false)]
    [InlineData("""{"==": ["abc", "ABC"]}""", false)]
    [InlineData("""{"==": [[1, 2], "1,2"]}""", true)]
    [InlineData("""{"==": [{"var": "current_day"}, "5"]}""", true)]
    [InlineData("""{"!=": [1, "1"]}""", false)]
    [InlineData("""{"===": [1, "1"]}""", false)]
    [InlineData("""{"!==": [1, "1"]}""", true)]
    // relational: numeric unless both strings
    [InlineData("""{"<": ["37.70", 37.75]}""", true)]
    [InlineData("""{"<": ["10", "9"]}""", true)]
    [InlineData("""{"<": [10, "9"]}""", false)]
    [InlineData("""{"<=": ["0000", {"var": "current_time"}]}""", true)]
    [InlineData("""{">=": ["2359", {"var": "current_time"}]}""", true)]
    [InlineData("""{">": ["1905", {"var": "current_time"}]}""", false)]
    [InlineData("""{"<": [{"var": "missing"}, 1]}""", true)]
    [InlineData("""{"<": ["abc", 1]}""", false)]
    [InlineData("""{">=": ["abc", 1]}""", false)]
    [InlineData("""{"<=": [null, 0]}""", true)]
    [InlineData("""{">": [true, 0]}""", true)]
    // between forms
    [InlineData("""{"<": [1, 2, 3]}""", true)]
    [InlineData("""{"<": [1, 3, 3]}""", false)]
    [InlineData("""{"<=": [1, 3, 3]}""", true)]
    [InlineData("""{"<=": [50, {"var": "allocation"}, 75]}""", true)]
    // in
    [InlineData("""{"in": ["Spring", "Springfield"]}""", true)]
    [InlineData("""{"in": ["spring", "Springfield"]}""", false)]
    [InlineData("""{"in": ["", ""]}""", false)]
    [InlineData("""{"in": [1, "a1b"]}""", true)]
    [InlineData("""{"in": ["a", ["a", "b"]]}""", true)]
    [InlineData("""{"in": [1, ["1"]]}""", false)]
    [InlineData("""{"in": ["x", 5]}""", false)]
    [InlineData("""{"in": ["x", {"var": "missing"}]}""", false)]
    // not, and, or, truthiness
    [InlineData("""{"!": [[]]}""", true)]
    [InlineData("""{"!": [0]}""", true)]
    [InlineData("""{"!": ["0"]}""", false)]
    [InlineData("""{"!!": [[0]]}""", true)]
    [InlineData("""{"and": [true, 1, "x"]}""", true)]
    [InlineData("""{"and": [true, 0, "x"]}""", false)]
    [InlineData("""{"or": [0, "", null]}""", false)]
    [InlineData("""{"or": [0, [], "x"]}""", true)]
    [InlineData("""{"and": []}""", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Satisfied_JavaScriptSemantics_MatchesJsonLogicJs(string condition, bool expected) =>
        Assert.Equal(expected, ConditionTestContext.Satisfied(condition));

    [Fact]
    public void Evaluate_And_ReturnsTheDecidingOperand()
    {
        Assert.Equal("x", ConditionTestContext.Evaluate("""{"and": [1, "x"]}""").String);
        Assert.Equal(0, ConditionTestContext.Evaluate("""{"and": [1, 0, "x"]}""").Number);
        Assert.Equal("y", ConditionTestContext.Evaluate("""{"or": [0, "y", "z"]}""").String);
    }

    [Fact]
    public void Satisfied_ConditionYieldingEmptyArray_IsTrueAsJavaScriptIfIs() =>
        // the engine tests the result with JavaScript's `if`, where [] is truthy (JsonLogic's own truthy says false)
        Assert.True(ConditionTestContext.Satisfied("""{"or": [[]]}"""));

    [Theory]
    [InlineData("""{"var": "page.domain"}""", "example.com")]
    [InlineData("""{"var": "page.url_lc"}""", "https://www.example.com/path?q=1#f")]
    [InlineData("""{"var": "page.url"}""", "https://www.Example.com/Path?Q=1#F")]
    [InlineData("""{"var": "page.query_lc"}""", "q=1")]
    [InlineData("""{"var": "referring.url"}""", "")]
    [InlineData("""{"var": "user.browserType"}""", "chrome")]
    [InlineData("""{"var": "user.platform"}""", "mac")]
    [InlineData("""{"var": "user.locale"}""", "en")]
    [InlineData("""{"var": "current_time"}""", "1905")]
    [InlineData("""{"var": ["mbox.missing", "fallback"]}""", "fallback")]
    public void Evaluate_Var_ReadsTheRuleContext(string logic, string expected) =>
        Assert.Equal(expected, ConditionTestContext.Evaluate(logic).String);

    [Theory]
    [InlineData("""{"var": "user.browserVersion"}""", 80)]
    [InlineData("""{"var": "current_day"}""", 5)]
    [InlineData("""{"var": "allocation"}""", 66.95)] // Murmur3 of "someClientId.123456.tntId123.0", computed independently
    [InlineData("""{"var": "page.path.length"}""", 5)]
    public void Evaluate_Var_ReadsNumbers(string logic, double expected) =>
        Assert.Equal(expected, ConditionTestContext.Evaluate(logic).Number);

    [Theory]
    [InlineData("""{"var": "geo.city"}""")]
    [InlineData("""{"var": "nothing.here"}""")]
    [InlineData("""{"var": "mbox.favorite.color_lc"}""")]
    [InlineData("""{"var": "page.domain.nothing"}""")]
    public void Evaluate_VarOfMissingValue_IsNull(string logic) =>
        Assert.Equal(JsValueKind.Null, ConditionTestContext.Evaluate(logic).Kind);

    [Fact]
    public void Evaluate_VarOfDottedMboxParameter_ReadsNestedObjectAndLowerCaseTwin()
    {
        var context = ConditionTestContext.Create(new Dictionary<string, string> { ["favorite.color"] = "Blue", ["first"] = "X" });

        Assert.Equal("blue", ConditionTestContext.Evaluate("""{"var": "mbox.favorite.color_lc"}""", context).String);
        Assert.Equal("Blue", ConditionTestContext.Evaluate("""{"var": "mbox.favorite.color"}""", context).String);
        Assert.Equal("x", ConditionTestContext.Evaluate("""{"var": "mbox.first_lc"}""", context).String);
    }

    [Fact]
    public void Evaluate_GeoValues_ReadFromRequestGeo()
    {
        var context = ConditionTestContext.Create(geo: new Delivery.Geo { City = "SAN FRANCISCO", Latitude = 37.75, CountryCode = "US" });

        Assert.True(ConditionTestContext.Satisfied("""{"and": [{"==": [{"var": "geo.city"}, "SAN FRANCISCO"]}, {"<": ["37.70", {"var": "geo.latitude"}]}]}""", context));
        Assert.False(ConditionTestContext.Satisfied("""{"==": [{"var": "geo.region"}, "CA"]}""", context));
    }

    [Theory]
    [InlineData("""{"regex": ["a", "b"]}""")]
    [InlineData("""{"and": [true, {"unknown": [1]}]}""")]
    [InlineData("""{"if": [true, 1, 2]}""")]
    public void Compile_UnknownOperator_Throws(string condition) =>
        Assert.Throws<UnsupportedConditionException>(() => ConditionTestContext.Satisfied(condition));
}
