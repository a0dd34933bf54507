using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Allocation;

public sealed class TargetAllocationTests
{
    [Fact]
    public void Of_TraceFixtureVisitor_Is48Point44()
    {
        // NOTES §5: "someClientId.125873.338e3c1e51f7416a8e1ccba4f81acea0.28_0.0" hashes to 1237814844 → 4844 → 48.44.
        Assert.Equal(48.44, TargetAllocation.Of("someClientId", 125873, "338e3c1e51f7416a8e1ccba4f81acea0.28_0"));
        Assert.Equal(4844, TargetAllocation.BucketOf("someClientId", 125873, "338e3c1e51f7416a8e1ccba4f81acea0.28_0"));
    }

    [Fact]
    public void BucketOf_ManyVisitors_IsOfTimesAHundred()
    {
        for (var i = 0; i < 2000; i++)
        {
            var visitor = $"visitor-{i}";
            var bucket = TargetAllocation.BucketOf("acme", 7, visitor);
            Assert.InRange(bucket, 0, 9999);
            Assert.Equal(bucket / 100.0, TargetAllocation.Of("acme", 7, visitor));
        }
    }

    [Fact]
    public void Of_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TargetAllocation.Of(null!, 1, "v"));
        Assert.Throws<ArgumentNullException>(() => TargetAllocation.Of("c", 1, null!));
    }

    [Fact]
    public void VisitorIdOf_MarketingCloudIdFirst_ThenTntIdBeforeItsDot_ThenThirdPartyId()
    {
        Assert.Equal("ecid", TargetAllocation.VisitorIdOf(new VisitorId { MarketingCloudVisitorId = "ecid", TntId = "tnt.35_0", ThirdPartyId = "3p" }));
        Assert.Equal("tnt", TargetAllocation.VisitorIdOf(new VisitorId { TntId = "tnt.35_0", ThirdPartyId = "3p" }));
        Assert.Equal("3p.28_0", TargetAllocation.VisitorIdOf(new VisitorId { TntId = ".35_0", ThirdPartyId = "3p.28_0" }));
    }

    [Fact]
    public void VisitorIdOf_AuthenticatedCustomerOnly_IsStable()
    {
        var id = new VisitorId { CustomerIds = [new CustomerId { Id = "c1", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.Authenticated }] };

        Assert.Equal("customer:crm:c1", TargetAllocation.VisitorIdOf(id));
    }

    [Fact]
    public void VisitorIdOf_NoId_IsNull()
    {
        Assert.Null(TargetAllocation.VisitorIdOf(null));
        Assert.Null(TargetAllocation.VisitorIdOf(new VisitorId()));
        Assert.Null(TargetAllocation.VisitorIdOf(new VisitorId { CustomerIds = [new CustomerId { Id = "c1", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.LoggedOut }] }));
    }
}
