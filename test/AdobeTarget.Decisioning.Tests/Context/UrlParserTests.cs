namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class UrlParserTests
{
    private static readonly PublicSuffixList Suffixes = PublicSuffixList.LoadBundled();

    [Theory]
    [InlineData("https://u:p@www.Example.co.uk:8080/a/b.html?x=1#frag", "/a/b.html", "x=1", "frag", "example.co.uk", "", "co.uk")]
    [InlineData("http://shop.example.com/dir/file.tar.gz?q=a?b#c#d", "/dir/file.tar.gz", "q=a?b", "c#d", "example.com", "shop", "com")]
    [InlineData("www.example.com/index.html", "/index.html", "", "", "example.com", "", "com")] // no scheme
    [InlineData("//cdn.example.com/x/", "/x/", "", "", "example.com", "cdn", "com")]
    [InlineData("http://192.168.1.1:80/a", "/a", "", "", "192.168.1.1", "", "")]
    [InlineData("http://localhost:3000/p?x", "/p", "x", "", "localhost", "", "")]
    [InlineData("http://local-target-test/", "/", "", "", "local-target-test", "", "")]
    [InlineData("https://WWWFOO.hooli.com/", "/", "", "", "hooli.com", "oo", "com")]
    [InlineData("http://example.com./", "/", "", "", "example.com", "", "com")]
    [InlineData("http://a.b.kawasaki.jp/", "/", "", "", "a.b.kawasaki.jp", "", "b.kawasaki.jp")]
    [InlineData("http://x.city.kawasaki.jp/", "/", "", "", "city.kawasaki.jp", "x", "kawasaki.jp")]
    [InlineData("http://www.xn--mnchen-3ya.de/", "/", "", "", "xn--mnchen-3ya.de", "", "de")]
    public void Parse_CommonUrls_AsAdobesEngine(string url, string path, string query, string fragment,
        string domain, string subdomain, string topLevel) =>
        Assert.Equal(new UrlParts(url, path, query, fragment, domain, subdomain, topLevel), UrlParser.Parse(url, Suffixes));

    [Theory]
    [InlineData("localhost:8080/x", "8080", "/x")] // "localhost" reads as a scheme
    [InlineData("http://example.com/path?email=a@b.com", "b.com", "")] // '@' makes the start user info
    [InlineData("http://host:abc/path?q#f", "host", "abc")] // a port of non-digits ends the match early
    [InlineData("mailto:foo@bar.com", "bar.com", "")]
    [InlineData("/relative/a.b/c", "", "/relative/a.b/c")]
    public void Parse_ParseUriLooseQuirks_AreKept(string url, string expectedDomain, string expectedPath)
    {
        UrlParts parts = UrlParser.Parse(url, Suffixes);
        Assert.Equal(expectedDomain, parts.Domain);
        Assert.Equal(expectedPath, parts.Path);
    }

    [Fact]
    public void Parse_TwoThousandUrlsComputedByAdobesNodeEngine_AllEqual()
    {
        var mismatches = new List<string>();
        foreach (var row in ReferenceData.Rows("urls.json", 2000))
        {
            string url = row[0].Text();
            string Cell(int i) => row[i].Text();
            var expected = new UrlParts(url, Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6));
            UrlParts actual = UrlParser.Parse(url, Suffixes);
            if (actual != expected)
            {
                mismatches.Add($"{ReferenceData.Show(url)}: expected {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(20)) + $"\n({mismatches.Count} mismatches)");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_NullOrEmpty_GivesEmptyParts(string? url) =>
        Assert.Equal(UrlParts.Empty, UrlParser.Parse(url, Suffixes));

    [Fact]
    public void Parse_HostileInputs_DoNotThrow()
    {
        string megabyte = "http://example.com/" + new string('a', 1_000_000);
        Assert.Equal(UrlParts.Empty, UrlParser.Parse(megabyte, Suffixes)); // over the cap: treated as absent

        string longSegment = "http://example.com/" + new string('.', UrlParser.MaxUrlLength - 30) + "x";
        Assert.Equal("example.com", UrlParser.Parse(longSegment, Suffixes).Domain);

        UrlParts odd = UrlParser.Parse("http://ex\ud800ample.com/\udc00?\u0000#\u0001\n", Suffixes);
        Assert.Equal("/\udc00", odd.Path);
        Assert.Equal("\u0000", odd.Query);
        Assert.Equal("\u0001", odd.Fragment);
        Assert.Equal("ex\ud800ample.com", odd.Domain);
    }
}
