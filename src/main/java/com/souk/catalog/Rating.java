package com.souk.catalog;

/** How buyers rated a product or a seller: the sum of the stars (1 to 5 each) and how many ratings there are. */
public record Rating(long sum, long count) {

    public static final Rating NONE = new Rating(0, 0);

    public Rating {
        if (count < 0 || sum < count || sum > 5 * count) {
            throw new IllegalArgumentException("not a sum of " + count + " ratings of 1 to 5 stars: " + sum);
        }
    }

    /** The plain average, or null while nobody has rated. */
    public Double average() {
        return count == 0 ? null : (double) sum / count;
    }

    public Rating plus(int stars) {
        requireStars(stars);
        return new Rating(sum + stars, count + 1);
    }

    static void requireStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("a rating has 1 to 5 stars, not " + stars);
        }
    }
}
