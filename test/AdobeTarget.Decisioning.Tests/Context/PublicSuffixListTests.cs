namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class PublicSuffixListTests
{
    private static readonly PublicSuffixList Bundled = PublicSuffixList.LoadBundled();

    [Theory]
    [InlineData("www.example.com", "example.com", "", "com")]
    [InlineData("WWW.Example.COM", "example.com", "", "com")]
    [InlineData("shop.example.co.uk", "example.co.uk", "shop", "co.uk")]
    [InlineData("a.b.c.example.co.uk", "example.co.uk", "a.b.c", "co.uk")]
    [InlineData("wwwfoo.hooli.com", "hooli.com", "oo", "com")] // the engine's www cut: first 4 characters go
    [InlineData("www.www.hooli.com", "hooli.com", "www", "com")]
    [InlineData("example.com.", "example.com", "", "com")]
    [InlineData("city.kawasaki.jp", "city.kawasaki.jp", "", "kawasaki.jp")] // exception rule !city.kawasaki.jp
    [InlineData("a.foo.kawasaki.jp", "a.foo.kawasaki.jp", "", "foo.kawasaki.jp")] // wildcard rule *.kawasaki.jp
    [InlineData("foo.www.ck", "www.ck", "foo", "ck")]
    [InlineData("münchen.de", "münchen.de", "", "de")]
    [InlineData("www.xn--mnchen-3ya.de", "xn--mnchen-3ya.de", "", "de")]
    [InlineData("user.github.io", "user.github.io", "", "github.io")]
    public void Split_ListedHosts_AsPsl(string host, string domain, string subdomain, string topLevel) =>
        Assert.Equal(new DomainParts(domain, subdomain, topLevel), Bundled.Split(host));

    [Theory]
    [InlineData("localhost")]
    [InlineData("local-target-test")]
    [InlineData("Printer.LOCAL")]
    [InlineData("192.168.0.1")]
    [InlineData("[::1]")]
    [InlineData("a_b.example.com")]
    [InlineData("-bad.example.com")]
    [InlineData("unlisted.tld")]
    [InlineData("co.uk")]
    [InlineData("foo.kawasaki.jp")]
    [InlineData("")]
    [InlineData("a..b.com")]
    public void Split_InvalidOrUnlistedHosts_KeepRawHostAsDomain(string host) =>
        Assert.Equal(new DomainParts(host, "", ""), Bundled.Split(host));

    [Fact]
    public void Split_HostsComputedByPsl_AllEqual()
    {
        var mismatches = new List<string>();
        foreach (var row in ReferenceData.Rows("hosts.json", 86))
        {
            string host = row[0].Text();
            var expected = new DomainParts(row[1].Text(), row[2].Text(), row[3].Text());
            DomainParts actual = Bundled.Split(host);
            if (actual != expected)
            {
                mismatches.Add($"{ReferenceData.Show(host)}: expected {expected}, got {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Parse_CustomList_LastMatchingRuleWinsWithWildcardAndException()
    {
        const string rules = """
            // comment line
            com
            *.test.com
            !keep.test.com

            example.com   trailing words are ignored
            """;
        PublicSuffixList list = PublicSuffixList.Parse(new StringReader(rules));

        Assert.Equal(new DomainParts("a.b.test.com", "x", "b.test.com"), list.Split("x.a.b.test.com"));
        Assert.Equal(new DomainParts("keep.test.com", "y", "test.com"), list.Split("y.keep.test.com"));
        Assert.Equal(new DomainParts("shop.example.com", "", "example.com"), list.Split("shop.example.com"));
        Assert.Equal(new DomainParts("b.test.com", "", ""), list.Split("b.test.com")); // wildcard leaves no label
        Assert.Equal(4, list.Count);
    }

    [Fact]
    public void Parse_OverlongRule_ThrowsFormatExceptionNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => PublicSuffixList.Parse(new StringReader("com\n" + new string('a', 300))));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadBundled_HoldsPsl190List_AndIsShared()
    {
        Assert.Same(Bundled, PublicSuffixList.LoadBundled());
        Assert.InRange(Bundled.Count, 9000, 9374);
    }

    [Fact]
    public void Split_HostileHosts_DoNotThrow()
    {
        string huge = new string('a', 1_000_000) + ".com";
        Assert.Equal(new DomainParts(huge, "", ""), Bundled.Split(huge));
        Assert.Equal(new DomainParts("a\u0000b.com", "", ""), Bundled.Split("a\u0000b.com"));
        string idnHuge = string.Concat(Enumerable.Repeat("ü", 400)) + ".de";
        Assert.Equal(new DomainParts(idnHuge, "", ""), Bundled.Split(idnHuge));
    }
}
