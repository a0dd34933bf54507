using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.Cookies;

public class LocationHintTests
{
    [Theory]
    [InlineData("08210e2d751a44779b8313e2d2692b96.21_27", "21")]
    [InlineData("abcdefghijkl00023.1_1", "1")]
    [InlineData("338e3c1e51f7416a8e1ccba4f81acea0.28_0", "28")]
    [InlineData("338e3c1e51f7416a8e1ccba4f81acea0", null)]
    [InlineData("a.b_c", null)]
    [InlineData("x.12345_0", null)]
    [InlineData("x.21_27.evil.com", null)]
    [InlineData(null, null)]
    public void FromTntId_ReadsTheSuffix(string? tntId, string? expected) => Assert.Equal(expected, LocationHint.FromTntId(tntId));

    [Theory]
    [InlineData("mboxedge21.tt.omtrdc.net", "21")]
    [InlineData("MBOXEDGE35.TT.OMTRDC.NET", "35")]
    [InlineData("mboxedge1.dev.tt.omtrdc.net", null)]
    [InlineData("mboxedge21.tt.omtrdc.net.evil.com", null)]
    [InlineData("evil.com", null)]
    [InlineData(null, null)]
    public void FromEdgeHost_ReadsTheClusterNumber(string? host, string? expected) => Assert.Equal(expected, LocationHint.FromEdgeHost(host));

    [Theory]
    [InlineData("21", "21")]
    [InlineData("1234", "1234")]
    [InlineData("12345", null)]
    [InlineData("", null)]
    [InlineData("21.evil.com", null)]
    [InlineData("21/", null)]
    [InlineData("21@evil.com", null)]
    [InlineData("-1", null)]
    [InlineData(" 21", null)]
    [InlineData("٢١", null)] // Arabic-Indic digits are digits, but not ASCII
    [InlineData(null, null)]
    public void Validate_AcceptsOnlyShortAsciiDigits(string? value, string? expected) => Assert.Equal(expected, LocationHint.Validate(value));
}
