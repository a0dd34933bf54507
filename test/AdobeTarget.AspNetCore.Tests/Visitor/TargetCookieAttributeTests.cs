using AdobeTarget.AspNetCore.Tests.Infrastructure;
using HeaderSameSite = Microsoft.Net.Http.Headers.SameSiteMode;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>
/// Issue 13, item 10: the attributes of both cookies as written with the default options; at.js reads both, so
/// neither may be <c>HttpOnly</c> unless the application asks.
/// </summary>
public class TargetCookieAttributeTests
{
    [Theory]
    [InlineData("mbox")]
    [InlineData("mboxEdgeCluster")]
    public async Task DefaultOptions_CookieIsReadableByScriptsLaxAndSiteWide(string name)
    {
        await using var app = await TargetTestApp.StartAsync();

        var page = await app.GetAsync("/offers");

        var cookie = page.Cookie(name);
        Assert.NotNull(cookie);
        Assert.False(cookie.HttpOnly);
        Assert.False(cookie.Secure); // the test server's requests are plain http (SameAsRequest)
        Assert.Equal("/", cookie.Path.Value);
        Assert.Equal(HeaderSameSite.Lax, cookie.SameSite);
        Assert.Null(cookie.Domain.Value);
        Assert.NotNull(cookie.MaxAge);
        Assert.Equal(app.Time.GetUtcNow() + cookie.MaxAge, cookie.Expires);
    }

    [Fact]
    public async Task DefaultOptions_LifetimesAreAtJssOnes()
    {
        await using var app = await TargetTestApp.StartAsync();

        var page = await app.GetAsync("/offers");

        // mboxEdgeCluster lives 1860 s like the session; mbox as long as its longest entry (the PC entry's 63,244,800 s).
        Assert.Equal(TimeSpan.FromSeconds(1860), page.Cookie("mboxEdgeCluster")!.MaxAge);
        Assert.Equal(TimeSpan.FromSeconds(63_244_800), page.Cookie("mbox")!.MaxAge);
    }
}
