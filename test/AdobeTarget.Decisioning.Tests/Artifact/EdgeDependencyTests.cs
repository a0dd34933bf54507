using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Artifact;

public sealed class EdgeDependencyTests
{
    private readonly TargetArtifact _artifact = TestArtifacts.Fixture("TEST_ARTIFACT_GLOBAL_MBOX");

    [Fact]
    public void GetEdgeDependency_LocalMboxesOnly_NeedsNoEdge()
    {
        var dependency = _artifact.GetEdgeDependency(new DeliveryRequest
        {
            Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "mbox-magician", Index = 1 }] },
        });

        Assert.False(dependency.IsRemoteNeeded);
    }

    [Fact]
    public void GetEdgeDependency_PageLoadAndUnknownMbox_ListsGlobalMboxAndUnknown()
    {
        var dependency = _artifact.GetEdgeDependency(new DeliveryRequest
        {
            Execute = new ExecuteRequest { PageLoad = new RequestDetails() },
            Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "nope", Index = 1 }] },
        });

        Assert.True(dependency.IsRemoteNeeded);
        Assert.Equal(["target-global-mbox", "nope"], dependency.RemoteMboxes);
    }

    [Fact]
    public void GetEdgeDependency_UnknownNamedView_ListsIt()
    {
        var dependency = _artifact.GetEdgeDependency(new DeliveryRequest
        {
            Prefetch = new PrefetchRequest { Views = [new ViewRequest { Name = "checkout" }, new ViewRequest { Name = "home" }] },
        });

        Assert.Equal(["checkout"], dependency.RemoteViews);
    }
}
