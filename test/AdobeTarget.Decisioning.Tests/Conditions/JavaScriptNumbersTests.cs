using AdobeTarget.Decisioning.Conditions;

namespace AdobeTarget.Decisioning.Tests.Conditions;

public sealed class JavaScriptNumbersTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  42  ", 42)]
    [InlineData("-1.5e3", -1500)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("0x1F", 31)]
    [InlineData("0b101", 5)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void StringToNumber_NumericText_ParsesAsJavaScript(string text, double expected) =>
        Assert.Equal(expected, JavaScriptNumbers.StringToNumber(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("1,000")]
    [InlineData("1e")]
    [InlineData(".")]
    [InlineData("infinity")]
    [InlineData("NaN")]
    [InlineData("-0x10")]
    [InlineData("12px")]
    public void StringToNumber_NonNumericText_IsNaN(string text) =>
        Assert.True(double.IsNaN(JavaScriptNumbers.StringToNumber(text)));

    [Theory]
    [InlineData(80, "80")]
    [InlineData(48.44, "48.44")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    public void NumberToString_Number_FormatsAsJavaScript(double value, string expected) =>
        Assert.Equal(expected, JavaScriptNumbers.NumberToString(value));
}
