using AdobeTarget.Decisioning;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>The sample's activities file (samples/TargetMiddleware.Sample/activities.json) still loads and publishes a usable artifact.</summary>
public class SampleActivitiesTests
{
    private static readonly string SampleFile = Path.Combine(AppContext.BaseDirectory, "SampleData", "activities.json");

    [Fact]
    public void SampleActivities_Load_AndTheirArtifactHasNoUnsupportedRules()
    {
        var edge = new LocalTargetEdge(LocalActivitiesLoader.Load(SampleFile));

        var artifact = TargetArtifact.Parse(edge.RulesJson.Span);

        Assert.Empty(artifact.UnsupportedRules);
        Assert.Equal(8, artifact.RuleCount); // four activities of two experiences
        Assert.Contains("home", artifact.LocalMboxes);
        Assert.Contains("checkout", artifact.LocalViews);
    }

    [Fact]
    public void SampleActivities_RulesBin_DecodesWithTheSamplesOrganizationId()
    {
        var edge = new LocalTargetEdge(LocalActivitiesLoader.Load(SampleFile));

        var artifact = TargetArtifact.ParseBinary(edge.RulesBin.Span, "LOCALEDGE0000000000000000@AdobeOrg");

        Assert.Empty(artifact.UnsupportedRules);
    }
}
