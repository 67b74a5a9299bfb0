package org.encompass.cli.internal.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the benchmark as a PNG: time against n, one line per method, the paper's fit dashed. The time
 * axis is logarithmic, because the paper's minutes and our sub-second clones must fit on one picture.
 */
public final class FigurePlot {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 200;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final double MIN_SECONDS = 0.01;
    private static final double MAX_SECONDS = 1000;
    private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf), new Color(0xe377c2),
            new Color(0xbcbd22), new Color(0x7f7f7f) };

    private FigurePlot() {
    }

    public static void write(List<CloneBenchmark.Row> rows, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int maxN = rows.stream().mapToInt(CloneBenchmark.Row::n).max().orElse(16);
        axes(g, maxN);
        Map<String, List<CloneBenchmark.Row>> byMethod = new LinkedHashMap<>();
        rows.forEach(r -> byMethod.computeIfAbsent(r.method(), m -> new ArrayList<>()).add(r));
        int legend = 0;
        for (Map.Entry<String, List<CloneBenchmark.Row>> method : byMethod.entrySet()) {
            Color color = COLORS[legend % COLORS.length];
            g.setColor(color);
            g.setStroke(new BasicStroke(2.5f));
            Path2D line = new Path2D.Double();
            boolean first = true;
            for (CloneBenchmark.Row row : method.getValue()) {
                double x = x(row.n(), maxN);
                double y = y(row.seconds());
                if (first) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
                first = false;
                g.fillOval((int) x - 4, (int) y - 4, 8, 8);
            }
            g.draw(line);
            legend(g, legend++, color, method.getKey().toLowerCase(Locale.ROOT), false);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 8f, 6f }, 0f));
        Path2D paper = new Path2D.Double();
        paper.moveTo(x(1, maxN), y(CloneBenchmark.paperSeconds(1)));
        paper.lineTo(x(maxN, maxN), y(CloneBenchmark.paperSeconds(maxN)));
        g.draw(paper);
        legend(g, legend, Color.DARK_GRAY, "paper: 53.6 + 13n", true);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString("n parallel clones of a 3 GiB master (1 GiB data): seconds against n", LEFT, 30);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void axes(Graphics2D g, int maxN) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        for (double s = MIN_SECONDS; s <= MAX_SECONDS; s *= 10) {
            int y = (int) y(s);
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT + 1, y, WIDTH - RIGHT, y);
            g.setColor(Color.BLACK);
            g.drawString(s < 1 ? String.valueOf(s) : String.valueOf((long) s) + " s", 10, y + 4);
        }
        for (int n = 1; n <= maxN; n *= 2) {
            int x = (int) x(n, maxN);
            g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
            g.drawString(String.valueOf(n), x - 4, HEIGHT - BOTTOM + 20);
        }
        g.drawString("n (parallel clones)", (WIDTH - RIGHT) / 2, HEIGHT - 15);
    }

    private static void legend(Graphics2D g, int index, Color color, String label, boolean dashed) {
        int y = TOP + 20 + index * 22;
        int x = WIDTH - RIGHT + 20;
        g.setColor(color);
        if (!dashed) {
            g.fillRect(x, y - 6, 24, 4);
        } else {
            g.drawLine(x, y - 4, x + 24, y - 4);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(label, x + 32, y);
    }

    private static double x(int n, int maxN) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (n - 1) / (double) Math.max(1, maxN - 1);
    }

    private static double y(double seconds) {
        double clamped = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds));
        double fraction = (Math.log10(clamped) - Math.log10(MIN_SECONDS)) / (Math.log10(MAX_SECONDS) - Math.log10(MIN_SECONDS));
        return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
    }
}
