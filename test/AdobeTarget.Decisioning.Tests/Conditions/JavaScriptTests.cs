using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning.Tests.Conditions;

public sealed class JavaScriptTests
{
    [Fact]
    public void ToJsString_ArrayAndObject_JoinAndObjectTag()
    {
        var array = JsValue.FromArray([JsValue.FromNumber(1), JsValue.Null, JsValue.FromString("a")]);
        var obj = JsValue.FromObject(new Dictionary<string, JsValue>());

        Assert.Equal("1,,a", JavaScript.ToJsString(array));
        Assert.Equal("[object Object]", JavaScript.ToJsString(obj));
    }

    [Fact]
    public void LooseEquals_ObjectAgainstItsStringForm_IsTrue()
    {
        var obj = JsValue.FromObject(new Dictionary<string, JsValue>());

        Assert.True(JavaScript.LooseEquals(obj, JsValue.FromString("[object Object]")));
        Assert.True(JavaScript.LooseEquals(obj, obj));
        Assert.False(JavaScript.LooseEquals(obj, JsValue.FromObject(new Dictionary<string, JsValue>())));
    }

    [Fact]
    public void LessThan_NaNEitherSide_IsFalseBothWays()
    {
        var nan = JsValue.FromString("x");
        var one = JsValue.FromNumber(1);

        Assert.False(JavaScript.LessThan(nan, one));
        Assert.False(JavaScript.LessThan(one, nan));
        Assert.False(JavaScript.LessThanOrEqual(nan, one));
    }
}
