using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Internal;
using Microsoft.Net.Http.Headers;

namespace AdobeTarget.AspNetCore.Tests.Cookies;

/// <summary>The <c>Set-Cookie</c> headers UseAdobeTarget() writes, measured as the browser receives them.</summary>
public class SetCookieSizeTests
{
    private const string SessionId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private const string TntId = "08210e2d751a44779b8313e2d2692b96.28_0";

    /// <summary>
    /// Issue 9 item 7: an <c>mbox</c> cookie with 2,060 characters of visitor-owned entries came back as a 9,322-byte
    /// <c>Set-Cookie</c> (entries escaped, then the whole value encoded again), which browsers drop with the session.
    /// </summary>
    [Fact]
    public async Task WritesCookiesItCannotReadBack_OtherEntriesOf2060Characters_SetCookieStaysWithin4096BytesWithSessionAndPc()
    {
        await using var app = await TargetTestApp.StartAsync();
        var expires = app.Time.GetUtcNow().ToUnixTimeSeconds() + 600;
        var others = OtherEntries(expires, totalLength: 2060);
        var incoming = $"session#{SessionId}#{expires}|PC#{TntId}#{expires}|{others}";

        using var request = new HttpRequestMessage(HttpMethod.Get, "/offers");
        request.Headers.Add(HeaderNames.Cookie, $"mbox={Uri.EscapeDataString(incoming)}");
        using var response = await app.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(SessionId, Assert.Single(app.Edge.Requests).Query["sessionId"]);
        var header = Assert.Single(response.Headers.GetValues(HeaderNames.SetCookie), h => h.StartsWith("mbox=", StringComparison.Ordinal));
        Assert.True(header.Length <= 4096, $"Set-Cookie is {header.Length} bytes");
        Assert.DoesNotContain("%25", header, StringComparison.Ordinal); // encoded once: no escaped '%'
        var value = SetCookieHeaderValue.Parse(header).Value.Value!;
        var readBack = MboxCookieCodec.Parse(Uri.UnescapeDataString(value), app.Time.GetUtcNow());
        Assert.Equal(SessionId, readBack.SessionId);
        Assert.Equal(TntId, readBack.TntId);
        Assert.Contains(readBack.Entries, e => e.Name.StartsWith("owned", StringComparison.Ordinal)); // only as many dropped as needed
    }

    [Fact]
    public async Task SmallCookieWithOtherEntries_IsWrittenWholeAndEncodedOnce()
    {
        await using var app = await TargetTestApp.StartAsync();
        var expires = app.Time.GetUtcNow().ToUnixTimeSeconds() + 600;
        var incoming = $"session#{SessionId}#{expires}|PC#{TntId}#{expires}|check#a:b/c#{expires}";

        var response = await app.GetAsync("/offers", ("mbox", Uri.EscapeDataString(incoming)));

        var written = response.CookieValue("mbox")!;
        Assert.Contains("check%23a%3Ab%2Fc%23", written, StringComparison.Ordinal);
        var readBack = MboxCookieCodec.Parse(Uri.UnescapeDataString(written), app.Time.GetUtcNow());
        Assert.Equal(["session", "PC", "check"], readBack.Entries.Select(e => e.Name));
        Assert.Equal("a:b/c", readBack.Entries[2].Value);
    }

    /// <summary>Entries named <c>owned..</c> whose values need escaping, joined to exactly <paramref name="totalLength"/> characters.</summary>
    private static string OtherEntries(long expires, int totalLength)
    {
        var value = string.Concat(Enumerable.Repeat("a:b/c=d+", 16)); // 128 characters, half of them escaped when written
        var entries = new List<string>();
        var length = 0;
        for (var i = 0; ; i++)
        {
            var entry = $"owned{i:D2}#{value}#{expires}";
            var separator = entries.Count > 0 ? 1 : 0;
            if (length + separator + entry.Length > totalLength)
            {
                var rest = totalLength - length - separator - $"owned{i:D2}##{expires}".Length;
                entries.Add($"owned{i:D2}#{value[..rest]}#{expires}");
                break;
            }

            entries.Add(entry);
            length += separator + entry.Length;
        }

        var joined = string.Join('|', entries);
        Assert.Equal(totalLength, joined.Length);
        Assert.True(entries.Count <= 14, "session, PC and the others must fit the codec's 16 entries");
        return joined;
    }
}
