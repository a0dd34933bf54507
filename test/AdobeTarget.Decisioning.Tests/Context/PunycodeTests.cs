namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class PunycodeTests
{
    [Theory]
    [InlineData("example.com", "example.com")]
    [InlineData("münchen.de", "xn--mnchen-3ya.de")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("例え.テスト", "xn--r8jz45g.xn--zckzah")]
    [InlineData("example。com", "example.com")] // ideographic full stop is a separator
    [InlineData("user@münchen.de", "user@xn--mnchen-3ya.de")] // text before '@' is kept
    [InlineData("😀.com", "xn--e28h.com")]
    public void ToAscii_KnownVectors_MatchJavaScriptPunycode(string input, string expected) =>
        Assert.Equal(expected, Punycode.ToAscii(input));

    [Fact]
    public void ToAscii_AsciiInput_ReturnsSameInstance()
    {
        const string host = "www.example.com";
        Assert.Same(host, Punycode.ToAscii(host));
    }
}
