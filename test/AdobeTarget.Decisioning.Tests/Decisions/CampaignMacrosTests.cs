using System.Text.Json;
using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Decisioning.Decisions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Decisions;

public sealed class CampaignMacrosTests
{
    private static readonly CompiledRule Rule = TargetArtifact.Parse(TestArtifacts.WithMboxRules(
        """
        {"ruleKey":"7","meta":{"activity.id":7,"activity.name":"Summer","experience.name":"B","offer.id":99},
         "condition":true,"consequence":{"name":"m","options":[],"metrics":[]}}
        """)).MboxRules["m"][0];

    private static readonly MacroSource Detail = new("m", 3, new RequestDetails
    {
        Parameters = new Dictionary<string, string> { ["user"] = "Ann", ["name"] = "param-name" },
    });

    [Theory]
    [InlineData("${campaign.name}", "Summer")]
    [InlineData("${activity.id}/${offer.id}", "7/99")]
    [InlineData("${recipe.name}", "B")]
    [InlineData("${mbox.name}", "m")]
    [InlineData("${mbox.index}", "3")]
    [InlineData("${mbox.user}", "Ann")]
    [InlineData("${user}", "Ann")]
    [InlineData("Hi ${a.b.campaign.name}!", "Hi Summer!")]
    [InlineData("${missing}", "${missing}")]
    [InlineData("${Campaign.name}", "${Campaign.name}")]
    [InlineData("${campaign.name", "${campaign.name")]
    [InlineData("${ campaign.name}", "${ campaign.name}")]
    [InlineData("$${campaign.name}}", "$Summer}")]
    [InlineData("no macros", "no macros")]
    public void Replace_Macro_ResolvesFromMetaThenDetailThenParameters(string text, string expected) =>
        Assert.Equal(expected, CampaignMacros.Replace(text, Rule, Detail));

    [Fact]
    public void Replace_ValueContainingMacroSyntax_IsNotScannedAgain()
    {
        var detail = new MacroSource("m", 1, new RequestDetails { Parameters = new Dictionary<string, string> { ["x"] = "${campaign.name}" } });

        Assert.Equal("${campaign.name}", CampaignMacros.Replace("${x}", Rule, detail));
    }

    [Fact]
    public void Rule_MetaNumber_IsKeptAsJsonNumber() =>
        Assert.Equal(JsonValueKind.Number, Rule.Meta["offer.id"].ValueKind);
}
