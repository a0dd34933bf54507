using AdobeTarget.Decisioning;

namespace AdobeTarget.LocalEdge.Tests;

public class AllocationTests
{
    [Fact]
    public void TenThousandVisitors_SpreadByTheWeights()
    {
        var hero = TestActivities.Load().Activities[0];

        var counts = Enumerable.Range(0, 10_000)
            .Select(i => LocalTargetEdge.ExperienceOf(hero, "local", $"{Guid.NewGuid():N}").Id)
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());

        // 70/30 weights: 7,000 expected; the binomial standard deviation is about 46, so ±300 is over six of them.
        Assert.InRange(counts[10], 6_700, 7_300);
        Assert.InRange(counts[11], 2_700, 3_300);
    }

    [Fact]
    public void SameVisitor_AlwaysGetsTheSameExperience()
    {
        var hero = TestActivities.Load().Activities[0];
        var visitors = Enumerable.Range(0, 1_000).Select(i => $"visitor-{i}").ToList();

        var first = visitors.Select(v => LocalTargetEdge.ExperienceOf(hero, "local", v).Id).ToList();
        var again = visitors.Select(v => LocalTargetEdge.ExperienceOf(hero, "local", v).Id).ToList();

        Assert.Equal(first, again);
        Assert.Contains(10, first);
        Assert.Contains(11, first);
    }

    [Fact]
    public void SameVisitor_MayGetDifferentExperiencesInDifferentActivities()
    {
        var activities = TestActivities.Load().Activities;
        var twin = new LocalActivity { Id = 99, Mbox = "other", Experiences = activities[0].Experiences };

        var differing = Enumerable.Range(0, 1_000).Count(i =>
            LocalTargetEdge.ExperienceOf(activities[0], "local", $"v{i}").Id != LocalTargetEdge.ExperienceOf(twin, "local", $"v{i}").Id);

        Assert.InRange(differing, 300, 500); // independent draws: 2 × 0.7 × 0.3 = 42%
    }

    [Fact]
    public void ExperienceOf_FollowsTheEnginesBucketAndRangesRoundedToHundredths()
    {
        // Three equal weights: buckets [0, 3333), [3333, 6667), [6667, 10000) — allocation 33.33 and 66.67 are the boundaries.
        var thirds = new LocalActivity
        {
            Id = 125873,
            Mbox = "m",
            Experiences = [new() { Id = 0, Weight = 1 }, new() { Id = 1, Weight = 1 }, new() { Id = 2, Weight = 1 }],
        };

        for (var i = 0; i < 3_000; i++)
        {
            var visitor = $"visitor-{i}";
            var bucket = TargetAllocation.BucketOf("someClientId", thirds.Id, visitor);
            var expected = bucket < 3333 ? 0 : bucket < 6667 ? 1 : 2;
            Assert.Equal(expected, LocalTargetEdge.ExperienceOf(thirds, "someClientId", visitor).Id);
        }
    }

    [Fact]
    public void ExperienceOf_TraceFixtureVisitor_LandsInTheSecondHalf()
    {
        // NOTES §5: this visitor's allocation in activity 125873 of someClientId is 48.44: below 50, so the first of two halves…
        var halves = new LocalActivity { Id = 125873, Mbox = "m", Experiences = [new() { Id = 0, Weight = 50 }, new() { Id = 1, Weight = 50 }] };
        Assert.Equal(0, LocalTargetEdge.ExperienceOf(halves, "someClientId", "338e3c1e51f7416a8e1ccba4f81acea0.28_0").Id);

        // …and the second when the first experience takes only 48.44% (the boundary itself belongs to the next range).
        var uneven = new LocalActivity { Id = 125873, Mbox = "m", Experiences = [new() { Id = 0, Weight = 48.44 }, new() { Id = 1, Weight = 51.56 }] };
        Assert.Equal(1, LocalTargetEdge.ExperienceOf(uneven, "someClientId", "338e3c1e51f7416a8e1ccba4f81acea0.28_0").Id);
    }

    [Fact]
    public void ExperienceOf_OtherClientCode_MovesVisitors()
    {
        var hero = TestActivities.Load().Activities[0];

        var differing = Enumerable.Range(0, 1_000).Count(i =>
            LocalTargetEdge.ExperienceOf(hero, "local", $"v{i}").Id != LocalTargetEdge.ExperienceOf(hero, "other", $"v{i}").Id);

        Assert.InRange(differing, 300, 550); // the client code is hashed: independent draws, 42% expected
    }
}
