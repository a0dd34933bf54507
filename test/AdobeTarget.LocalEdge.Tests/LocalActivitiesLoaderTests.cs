using System.Text;

namespace AdobeTarget.LocalEdge.Tests;

public class LocalActivitiesLoaderTests
{
    [Fact]
    public void Load_HandWrittenFile_ReadsEveryLocationAndOfferType()
    {
        var activities = TestActivities.Load();

        Assert.Equal(4, activities.Activities.Count);
        Assert.Equal("home", activities.Activities[0].Mbox);
        Assert.Equal("cart", activities.Activities[2].View);
        Assert.True(activities.Activities[3].PageLoad);
        Assert.False(activities.Activities[1].TrackClicks);
        Assert.Equal("spring", activities.Activities[0].Experiences[0].ResponseTokens!["campaign"]);
    }

    [Theory]
    [InlineData("""{"activities":[{"id":1,"experiences":[{"id":1,"offers":[]}]}]}""", "needs exactly one of \"mbox\", \"view\" or \"pageLoad\"")]
    [InlineData("""{"activities":[{"id":1,"mbox":"m","experiences":[]}]}""", "has no experiences")]
    [InlineData("""{"activities":[{"id":1,"mbox":"m","experiences":[{"id":1,"weight":0}]}]}""", "weight must be a positive number")]
    [InlineData("""{"activities":[{"id":1,"mbox":"m","experiences":[{"id":1,"offers":[{"type":"json","content":"text"}]}]}]}""", "\"json\" with object content")]
    [InlineData("""{"activities":[{"id":1,"mbox":"m","experiences":[{"id":1,"offers":[{"type":"flash","content":"x"}]}]}]}""", "(got \"flash\")")]
    [InlineData("""{"activities":[{"id":1,"mbox":"a","experiences":[{"id":1}]},{"id":1,"mbox":"b","experiences":[{"id":1}]}]}""", "activity id 1 is used 2 times")]
    [InlineData("""{"activities":[{"id":1,"mbox":"a","experiences":[{"id":1},{"id":1}]}]}""", "experience id 1 is used 2 times")]
    [InlineData("""{"activities": [""", "is not a valid activities file")]
    public void Load_FileThatCannotBeServed_SaysWhatToFix(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "my-activities.json"));

        Assert.StartsWith("my-activities.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
