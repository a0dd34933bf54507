using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class MboxParameterContextTests
{
    [Fact]
    public void Build_DottedKeys_NestOnlyWhenExpandable()
    {
        var mbox = MboxParameterContext.Build(new Dictionary<string, string>
        {
            ["a.b.c"] = "Deep",
            ["x..y"] = "1",
            [".lead"] = "2",
            ["trail."] = "3",
        }).Object!;

        var a = mbox["a"].Object!;
        var b = a["b"].Object!;
        Assert.Equal("Deep", b["c"].String);
        Assert.Equal("deep", b["c_lc"].String);
        Assert.False(a.ContainsKey("b_lc"));
        Assert.Equal("1", mbox["x..y"].String);
        Assert.Equal("2", mbox[".lead"].String);
        Assert.Equal("3", mbox["trail."].String);
    }

    [Fact]
    public void Build_DottedKeyUnderExistingString_IsDroppedAsInJavaScript()
    {
        var mbox = MboxParameterContext.Build(new Dictionary<string, string> { ["a"] = "text", ["a.b"] = "lost" }).Object!;

        Assert.Equal("text", mbox["a"].String);
        Assert.Equal("text", mbox["a_lc"].String);
    }

    [Fact]
    public void Build_NoParameters_IsEmptyObject()
    {
        Assert.Equal(JsValueKind.Object, MboxParameterContext.Build(null).Kind);
        Assert.Empty(MboxParameterContext.Build(new Dictionary<string, string>()).Object!);
    }
}
