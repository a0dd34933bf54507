using AdobeTarget.Decisioning.Decisions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Decisions;

public sealed class VisitorIdentityTests
{
    [Fact]
    public void AllocationId_Precedence_McidThenTntIdThenThirdParty()
    {
        Assert.Equal("mcid", VisitorIdentity.AllocationId(new VisitorId { MarketingCloudVisitorId = "mcid", TntId = "tnt.28_0", ThirdPartyId = "3p" }));
        Assert.Equal("tnt", VisitorIdentity.AllocationId(new VisitorId { TntId = "tnt.28_0", ThirdPartyId = "3p" }));
        Assert.Equal("3p.28_0", VisitorIdentity.AllocationId(new VisitorId { ThirdPartyId = "3p.28_0" }));
    }

    [Fact]
    public void AllocationId_AuthenticatedCustomerOnly_IsStickyAndDerivedFromTheCustomerId()
    {
        var visitor = new VisitorId
        {
            CustomerIds =
            [
                new CustomerId { Id = "anon", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.LoggedOut },
                new CustomerId { Id = "42", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.Authenticated },
            ],
        };

        Assert.Equal("customer:crm:42", VisitorIdentity.AllocationId(visitor));
        Assert.Equal(VisitorIdentity.AllocationId(visitor), VisitorIdentity.AllocationId(visitor));
    }

    [Fact]
    public void AllocationId_NoIdAtAll_IsRandomPerCall() =>
        Assert.NotEqual(VisitorIdentity.AllocationId(new VisitorId()), VisitorIdentity.AllocationId(new VisitorId()));

    [Fact]
    public void Prepare_NoUsableId_MintsTntIdWithLocationHint()
    {
        var prepared = VisitorIdentity.Prepare(new VisitorId { CustomerIds = [new CustomerId { Id = "x", AuthenticatedState = AuthenticatedState.LoggedOut }] }, "28");

        Assert.Matches("^[0-9a-f]{32}\\.28_0$", prepared.TntId);
    }

    [Fact]
    public void Prepare_AuthenticatedCustomer_MintsNothing()
    {
        var visitor = new VisitorId { CustomerIds = [new CustomerId { Id = "x", AuthenticatedState = AuthenticatedState.Authenticated }] };

        Assert.Null(VisitorIdentity.Prepare(visitor, "28").TntId);
        Assert.Null(VisitorIdentity.Prepare(null, null).ThirdPartyId);
        Assert.Matches("^[0-9a-f]{32}$", VisitorIdentity.Prepare(null, " ").TntId);
    }
}
