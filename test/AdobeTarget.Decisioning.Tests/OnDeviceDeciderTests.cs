using System.Text.Json;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.Decisioning.Tests;

public sealed class OnDeviceDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 30, 0, TimeSpan.Zero);
    private readonly OnDeviceDecider _decider = new(new FakeTimeProvider(Now));

    [Fact]
    public void Decide_ExecuteSatisfiedRule_AnswersOptionWithoutEventTokenAndQueuesNotification()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true")));

        var decision = Decide(artifact, new DeliveryRequest
        {
            Id = new VisitorId { TntId = "abc" },
            Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "m", Index = 4 }] },
        });

        var mbox = Assert.Single(decision.Response.Execute!.Mboxes!);
        Assert.Equal(("m", 4), (mbox.Name, mbox.Index));
        var option = Assert.Single(mbox.Options!);
        Assert.Null(option.EventToken);
        Assert.Equal("hello", option.Content!.Value.GetString());
        Assert.Equal("on-device", option.ResponseTokens!["activity.decisioningMethod"].GetString());
        Assert.Equal(1, option.ResponseTokens["activity.id"].GetInt32());
        var notification = Assert.Single(decision.Notifications);
        Assert.Equal(["tok1"], notification.Tokens);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), notification.Timestamp);
        Assert.Equal("m", notification.Mbox!.Name);
        Assert.Equal(200, decision.Response.Status);
    }

    [Fact]
    public void Decide_PrefetchSatisfiedRule_KeepsEventTokenAndSendsNoNotification()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true")));

        var decision = Decide(artifact, new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "m", Index = 1 }] } });

        Assert.Equal("tok1", Assert.Single(Assert.Single(decision.Response.Prefetch!.Mboxes!).Options!).EventToken);
        Assert.Empty(decision.Notifications);
    }

    [Fact]
    public void Decide_SameMboxTwice_NotifiesEachTokenOnce()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true")));

        var decision = Decide(artifact, new DeliveryRequest
        {
            Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "m", Index = 1 }, new MboxRequest { Name = "m", Index = 2 }] },
        });

        Assert.Equal(2, decision.Response.Execute!.Mboxes!.Count);
        Assert.Single(decision.Notifications);
    }

    [Fact]
    public void Decide_NamedMbox_FirstSatisfiedRuleWins()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(
            TestArtifacts.Rule("false", ruleKey: "1", content: "\"first\""),
            TestArtifacts.Rule("""{"==":[{"var":"mbox.tier"},"gold"]}""", ruleKey: "2", content: "\"gold\""),
            TestArtifacts.Rule("true", ruleKey: "3", content: "\"fallback\"")));

        var gold = Content(Decide(artifact, MboxRequest(new Dictionary<string, string> { ["tier"] = "gold" })));
        var other = Content(Decide(artifact, MboxRequest(new Dictionary<string, string> { ["tier"] = "silver" })));

        Assert.Equal(["gold"], gold);
        Assert.Equal(["fallback"], other);
    }

    [Fact]
    public void Decide_UnknownMbox_AnswersNameAndIndexWith206AndRemoteList()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true")));

        var decision = Decide(artifact, new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "elsewhere", Index = 2 }] } });

        Assert.Equal(206, decision.Response.Status);
        var mbox = Assert.Single(decision.Response.Prefetch!.Mboxes!);
        Assert.Equal(("elsewhere", 2), (mbox.Name, mbox.Index));
        Assert.Null(mbox.Options);
        Assert.Equal("[\"elsewhere\"]", decision.Response.AdditionalProperties!["remoteMboxes"].GetRawText());
    }

    [Fact]
    public void Decide_NoVisitorId_MintsTntIdWithLocationHintAndRequestId()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true")));

        var decision = _decider.Decide(artifact, new OnDeviceRequest
        {
            Request = new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "m" }] } },
            ClientCode = "c",
            LocationHint = "35",
        });

        Assert.Matches("^[0-9a-f]{32}\\.35_0$", decision.Response.Id!.TntId);
        Assert.False(string.IsNullOrEmpty(decision.Response.RequestId));
        Assert.Equal("c", decision.Response.Client);
    }

    [Fact]
    public void Decide_CustomerIdOnlyVisitor_GetsTheSameExperienceEveryCall()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(
            TestArtifacts.Rule("""{"<":[{"var":"allocation"},50]}""", ruleKey: "1", content: "\"A\""),
            TestArtifacts.Rule("true", ruleKey: "1", content: "\"B\"")));
        var seen = new HashSet<string>();

        for (int customer = 0; customer < 20; customer++)
        {
            var request = new DeliveryRequest
            {
                Id = new VisitorId { CustomerIds = [new CustomerId { Id = $"user{customer}", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.Authenticated }] },
                Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "m", Index = 1 }] },
            };
            var first = Content(Decide(artifact, request));
            for (int call = 0; call < 5; call++)
            {
                Assert.Equal(first, Content(Decide(artifact, request)));
            }

            seen.Add(first.Single());
        }

        Assert.Equal(["A", "B"], seen.Order());
    }

    [Fact]
    public void Decide_PropertyToken_FiltersRules()
    {
        var withToken = TestArtifacts.Rule("true", ruleKey: "p", content: "\"for-x\"").Replace("\"ruleKey\"", "\"propertyTokens\":[\"x\"],\"ruleKey\"", StringComparison.Ordinal);
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(withToken, TestArtifacts.Rule("true", ruleKey: "any", content: "\"any\"")));

        Assert.Equal(["for-x"], Content(Decide(artifact, MboxRequest(null, "x"))));
        Assert.Equal(["any"], Content(Decide(artifact, MboxRequest(null, "y"))));
        Assert.Equal(["any"], Content(Decide(artifact, MboxRequest(null, null))));
    }

    [Fact]
    public void Decide_TimeConditions_ReadTheInjectedClock()
    {
        // 2026-11-27 is a Friday (current_day 5); 08:30 UTC
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(
            TestArtifacts.Rule("""{"and":[{"==":[{"var":"current_day"},"5"]},{"<=":["0800",{"var":"current_time"},"0900"]}]}""")));

        Assert.Equal(["hello"], Content(Decide(artifact, MboxRequest(null))));
        Assert.Empty(Content(Decide(artifact, MboxRequest(null), new OnDeviceDecider(new FakeTimeProvider(Now.AddHours(1))))));
    }

    [Fact]
    public void Decide_Telemetry_CountsRequestedItems()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true")));

        var telemetry = Decide(artifact, new DeliveryRequest
        {
            Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "m" }], PageLoad = new RequestDetails() },
            Prefetch = new PrefetchRequest { Views = [new ViewRequest()] },
        }).Telemetry;

        Assert.Equal(ExecutionMode.Local, telemetry.Mode);
        Assert.Equal(DecisioningMethod.OnDevice, telemetry.Features!.DecisioningMethod);
        Assert.Equal(1, telemetry.Features.ExecuteMboxCount);
        Assert.True(telemetry.Features.ExecutePageLoad);
        Assert.Equal(1, telemetry.Features.PrefetchViewCount);
        Assert.Null(telemetry.Features.PrefetchMboxCount);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), telemetry.Timestamp);
    }

    [Fact]
    public void NeedsGeoLookup_IpOnlyWithGeoArtifact_IsTrue()
    {
        var artifact = TestArtifacts.Fixture("TEST_ARTIFACT_GEO");

        Assert.True(OnDeviceDecider.NeedsGeoLookup(artifact, GeoRequest(new Geo { IpAddress = "30.60.90.12" })));
        Assert.True(OnDeviceDecider.NeedsGeoLookup(artifact, GeoRequest(new Geo { IpAddress = "unknownIpAddress" })));
        Assert.True(OnDeviceDecider.NeedsGeoLookup(artifact, GeoRequest(new Geo { IpAddress = "2001:db8::1" })));
        Assert.False(OnDeviceDecider.NeedsGeoLookup(artifact, GeoRequest(new Geo { IpAddress = "300.1.1.1" })));
        Assert.False(OnDeviceDecider.NeedsGeoLookup(artifact, GeoRequest(new Geo { IpAddress = "30.60.90.12", City = "X" })));
        Assert.False(OnDeviceDecider.NeedsGeoLookup(artifact, GeoRequest(null)));
    }

    [Fact]
    public void Decide_InvalidUtf16InParametersWithTraceAndMacros_DecidesNormally()
    {
        var artifact = TargetArtifact.Parse(TestArtifacts.WithMboxRules(TestArtifacts.Rule("true", content: "\"Hi ${mbox.user}\"")));
        var request = MboxRequest(new Dictionary<string, string> { ["user"] = "bad\ud800", ["a.b"] = "\udc00" });
        request.Trace = new Trace();

        var mbox = Assert.Single(Decide(artifact, request).Response.Prefetch!.Mboxes!);

        Assert.StartsWith("Hi bad", Assert.Single(mbox.Options!).Content!.Value.GetString(), StringComparison.Ordinal);
        Assert.True(mbox.Trace!.ContainsKey("evaluatedCampaignTargets"));
    }

    private static DeliveryRequest GeoRequest(Geo? geo) => new() { Context = new Delivery.Context { Geo = geo } };

    private static DeliveryRequest MboxRequest(IDictionary<string, string>? parameters, string? propertyToken = null) => new()
    {
        Id = new VisitorId { TntId = "fixed" },
        Property = propertyToken is null ? null : new Property { Token = propertyToken },
        Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "m", Index = 1, Parameters = parameters }] },
    };

    private static List<string> Content(OnDeviceDecision decision) =>
        (decision.Response.Prefetch?.Mboxes ?? []).Concat<MboxResponse>(decision.Response.Execute?.Mboxes ?? [])
            .SelectMany(m => m.Options ?? [])
            .Select(o => o.Content!.Value.GetString()!)
            .ToList();

    private OnDeviceDecision Decide(TargetArtifact artifact, DeliveryRequest request, OnDeviceDecider? decider = null) =>
        (decider ?? _decider).Decide(artifact, new OnDeviceRequest { Request = request, ClientCode = "someClientId" });
}
