using System.Text;
using AdobeTarget.Decisioning.Artifact;

namespace AdobeTarget.Decisioning.Tests.Artifact;

public sealed class TargetArtifactTests
{
    [Fact]
    public void Parse_ProductionArtifact_CompilesEveryRule()
    {
        var artifact = TestArtifacts.Production();

        Assert.Equal(152, artifact.RuleCount);
        Assert.Empty(artifact.UnsupportedRules);
        Assert.Equal("target-global-mbox", artifact.GlobalMbox);
        Assert.Equal(87, artifact.MboxRules["target-global-mbox"].Length);
        Assert.Equal(1, int.Parse(artifact.Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_FixtureArtifact_ExposesListsAndFlags()
    {
        var artifact = TestArtifacts.Fixture("TEST_ARTIFACT_GLOBAL_MBOX");

        Assert.Equal(["target-global-mbox"], artifact.RemoteMboxes);
        Assert.Contains("mbox-magician", artifact.LocalMboxes);
        Assert.Equal(["contact", "home"], artifact.LocalViews);
        Assert.True(artifact.GeoTargetingEnabled);
        Assert.Equal("targettesting", artifact.ClientCode);
        Assert.Equal("production", artifact.Environment);
    }

    [Fact]
    public void Parse_UnsupportedMajorVersion_ThrowsNamingTheVersion()
    {
        var error = Assert.Throws<TargetArtifactException>(() => TestArtifacts.Fixture("TEST_ARTIFACT_UNSUPPORTED"));

        Assert.Contains("99.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownOperator_SkipsOnlyThatRuleAndListsIt()
    {
        var json = TestArtifacts.WithMboxRules(
            TestArtifacts.Rule("""{"regex":[{"var":"page.url"},"x"]}""", ruleKey: "bad"),
            TestArtifacts.Rule("true", ruleKey: "good"));

        var artifact = TargetArtifact.Parse(json);

        Assert.Equal(1, artifact.RuleCount);
        var skipped = Assert.Single(artifact.UnsupportedRules);
        Assert.Equal("mbox:m", skipped.Location);
        Assert.Equal("bad", skipped.RuleKey);
        Assert.Contains("regex", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RuleWithWrongTypes_IsSkippedAndListed()
    {
        var json = TestArtifacts.WithMboxRules("""{"ruleKey":{"x":1},"condition":true}""", "42", TestArtifacts.Rule("true"));

        var artifact = TargetArtifact.Parse(json);

        Assert.Equal(1, artifact.RuleCount);
        Assert.Equal(2, artifact.UnsupportedRules.Count);
        Assert.All(artifact.UnsupportedRules, r => Assert.StartsWith("Malformed rule", r.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"version":"1.0.0","rules":5}""")]
    [InlineData("""{"version":"1.0.0","localMboxes":"m"}""")]
    [InlineData("""{"version":"1.0.0","rules":{"mboxes":{"m":[""")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"rules":{}}""")]
    public void Parse_MalformedOrTruncated_ThrowsTargetArtifactException(string json) =>
        Assert.Throws<TargetArtifactException>(() => TargetArtifact.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Parse_DeeplyNestedCondition_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("""{"!":[""", 200)) + "true" + string.Concat(Enumerable.Repeat("]}", 200));

        Assert.Throws<TargetArtifactException>(() => TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule(deep))));
    }

    [Fact]
    public void Parse_OverTheSizeCap_IsRefusedBeforeParsing()
    {
        var json = TestArtifacts.ProductionBytes();

        var error = Assert.Throws<TargetArtifactException>(() => TargetArtifact.Parse(json, new TargetArtifactOptions { MaxArtifactBytes = 1000 }));

        Assert.Contains("MaxArtifactBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseBinary_ObfuscatedWithTheOrganizationId_DecodesTheSameRules()
    {
        var binary = ArtifactBinaryDecoder.Encode(TestArtifacts.ProductionBytes(), "74F652E95F1B16FE0A495C92@AdobeOrg", "0123456789abcdef0123456789abcdef");

        var artifact = TargetArtifact.ParseBinary(binary, "74F652E95F1B16FE0A495C92@AdobeOrg");

        Assert.Equal(152, artifact.RuleCount);
    }

    [Fact]
    public void ParseBinary_WrongOrganizationId_ThrowsNamingTheOrganizationId()
    {
        var binary = ArtifactBinaryDecoder.Encode(TestArtifacts.ProductionBytes(), "74F652E95F1B16FE0A495C92@AdobeOrg", "0123456789abcdef0123456789abcdef");

        var error = Assert.Throws<TargetArtifactException>(() => TargetArtifact.ParseBinary(binary, "00000000000000000000AAAA@AdobeOrg"));

        Assert.Contains("organization id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ATOD:001short")]
    [InlineData("ATOD:002012345678901234567890123456789{}")]
    [InlineData("XXXXXXXX012345678901234567890123456789{}")]
    public void ParseBinary_BadHeader_Throws(string binary) =>
        Assert.Throws<TargetArtifactException>(() => TargetArtifact.ParseBinary(Encoding.ASCII.GetBytes(binary), "org"));
}
