namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class JavaScriptTextTests
{
    [Theory]
    [InlineData("WWW.Example.COM", "www.example.com")]
    [InlineData("MÜNCHEN", "münchen")]
    [InlineData("\u0130stanbul", "i\u0307stanbul")] // full mapping of dotted capital I, as JavaScript
    [InlineData("\ud801\udc00", "\ud801\udc28")] // Deseret capital long I, a supplementary letter
    [InlineData("A\ud800B", "a\ud800b")] // lone surrogate kept
    public void ToLower_MatchesJavaScriptToLowerCase(string input, string expected) =>
        Assert.Equal(expected, JavaScriptText.ToLower(input));

    [Fact]
    public void ToLower_AlreadyLowerCase_ReturnsSameInstance()
    {
        const string text = "example.com/ü";
        Assert.Same(text, JavaScriptText.ToLower(text));
    }
}
