using System.Text.Json;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.Decisioning.Tests;

/// <summary>Properties over the full production artifact, on seeded random requests.</summary>
public sealed class OnDeviceDeciderPropertyTests
{
    private static readonly TargetArtifact Artifact = TestArtifacts.Production();
    private readonly OnDeviceDecider _decider = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Decide_RandomAndHostileRequests_NeverThrowAndAlwaysAnswerEveryNamedMbox()
    {
        var requests = new RandomRequests(Artifact, seed: 1);
        for (int i = 0; i < 500; i++)
        {
            var request = requests.Next();
            request.Trace = i % 50 == 0 ? new Trace() : null;

            var response = Decide(request).Response;

            var requested = (request.Execute?.Mboxes ?? request.Prefetch?.Mboxes ?? []).Count(m => m.Name != Artifact.GlobalMbox);
            var answered = (response.Execute?.Mboxes?.Count ?? 0) + (response.Prefetch?.Mboxes?.Count ?? 0);
            Assert.True(answered >= requested, $"request {i}: {requested} named mboxes, {answered} answers");
            Assert.True(response.Status is 200 or 206);
        }
    }

    [Fact]
    public void Decide_FixedVisitorAndClock_IsDeterministic()
    {
        var requests = new RandomRequests(Artifact, seed: 2);
        for (int i = 0; i < 300; i++)
        {
            var request = requests.Next(new VisitorId { MarketingCloudVisitorId = "07327024324407615852294135870030620007" });
            request.RequestId = "fixed";

            Assert.Equal(Json(Decide(request).Response), Json(Decide(request).Response));
        }
    }

    [Fact]
    public void Decide_MboxAloneOrAmongOthers_GetsTheSameOptions()
    {
        var visitor = new VisitorId { TntId = "sticky-visitor.28_0" };
        foreach (var name in Artifact.LocalMboxes.Where(n => n != Artifact.GlobalMbox))
        {
            var alone = Options(Prefetch(visitor, name));
            var among = Options(Prefetch(visitor, Artifact.LocalMboxes.Where(n => n != Artifact.GlobalMbox).ToArray()), name);

            Assert.Equal(alone, among);
        }
    }

    [Fact]
    public void Decide_ManyVisitors_SpreadAcrossExperiencesOfAnAbActivity()
    {
        var experiences = new HashSet<(string Activity, string Experience)>();
        for (int i = 0; i < 200; i++)
        {
            var response = Decide(new DeliveryRequest
            {
                Id = new VisitorId { TntId = $"v{i}" },
                Execute = new ExecuteRequest { PageLoad = new RequestDetails() },
            }).Response;
            foreach (var option in response.Execute!.PageLoad!.Options!)
            {
                experiences.Add((option.ResponseTokens!["activity.id"].GetRawText(), option.ResponseTokens["experience.id"].GetRawText()));
            }
        }

        Assert.Contains(experiences.GroupBy(e => e.Activity), activity => activity.Count() >= 2);
    }

    private DeliveryRequest Prefetch(VisitorId visitor, params string[] names) => new()
    {
        Id = visitor,
        Context = new Delivery.Context { Address = new Address { Url = "https://www.example.com/" } },
        Prefetch = new PrefetchRequest { Mboxes = names.Select((n, i) => new MboxRequest { Name = n, Index = i }).ToList() },
    };

    private static string Options(DeliveryRequest request, OnDeviceDecision decision, string? name = null) =>
        string.Join("|", decision.Response.Prefetch!.Mboxes!
            .Where(m => name is null || m.Name == name)
            .SelectMany(m => m.Options ?? [])
            .Select(o => o.EventToken + o.Content?.GetRawText()));

    private string Options(DeliveryRequest request, string? name = null) => Options(request, Decide(request), name);

    private OnDeviceDecision Decide(DeliveryRequest request) =>
        _decider.Decide(Artifact, new OnDeviceRequest { Request = request, ClientCode = "targettesting" });

    private static string Json(DeliveryResponse response) => JsonSerializer.Serialize(response, DeliveryJsonContext.Default.DeliveryResponse);
}
