package org.mokuhyo.importer.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of a page: stroked horizontal and vertical segments (also the edges of stroked rectangles) and thin
 * filled rectangles (how some software draws borders), in the page's {@link PdfPageFrame} (as read: left to right,
 * top down, whatever the page's /Rotate), collinear pieces joined. Table cells are the spaces they enclose.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

	/** Thicker filled rectangles are shading, not rules. */
	private static final float THIN = 2.5f;

	private static final float TOLERANCE = 1.5f;

	/** A horizontal rule at {@code at} from {@code from} to {@code to}, or a vertical one (then x and y swap). */
	record Rule(float at, float from, float to) {
	}

	private final PDRectangle box;

	private final PdfPageFrame frame;

	private final List<float[]> segments = new ArrayList<>();

	private final List<Point2D[]> rectangles = new ArrayList<>();

	private final List<Rule> horizontal = new ArrayList<>();

	private final List<Rule> vertical = new ArrayList<>();

	private Point2D current;

	private Point2D start;

	private int images;

	private final ReadBudget budget;

	private PdfRulings(PDPage page, PdfPageFrame frame, ReadBudget budget) {
		super(page);
		this.budget = budget;
		this.box = page.getCropBox();
		this.frame = frame;
	}

	static PdfRulings of(PDPage page, PdfPageFrame frame, ReadBudget budget) throws IOException {
		PdfRulings rulings = new PdfRulings(page, frame, budget);
		rulings.processPage(page);
		rulings.horizontal.sort(Comparator.comparingDouble(Rule::at));
		rulings.vertical.sort(Comparator.comparingDouble(Rule::at));
		join(rulings.horizontal);
		join(rulings.vertical);
		return rulings;
	}

	/** Where the vertical rules of all pages stand, left to right, positions within the tolerance as one. */
	static List<Float> columnGrid(List<PdfRulings> pages) {
		List<Float> xs = new ArrayList<>();
		pages.forEach(p -> p.vertical.forEach(v -> xs.add(v.at())));
		xs.sort(Float::compare);
		List<Float> grid = new ArrayList<>();
		for (float x : xs) {
			if (grid.isEmpty() || x - grid.get(grid.size() - 1) > TOLERANCE) {
				grid.add(x);
			}
		}
		return grid;
	}

	List<Rule> horizontal() {
		return horizontal;
	}

	List<Rule> vertical() {
		return vertical;
	}

	int images() {
		return images;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		budget.operators(1);
		super.processOperator(operator, operands);
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		budget.rulings(1);
		rectangles.add(new Point2D[] { p0, p1, p2, p3 });
		current = p0;
		start = p0;
	}

	@Override
	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		start = current;
	}

	@Override
	public void lineTo(float x, float y) {
		budget.rulings(1);
		Point2D to = new Point2D.Float(x, y);
		if (current != null) {
			segments.add(new float[] { (float) current.getX(), (float) current.getY(), x, y });
		}
		current = to;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		if (current != null && start != null) {
			segments.add(new float[] { (float) current.getX(), (float) current.getY(), (float) start.getX(),
					(float) start.getY() });
		}
		current = start;
	}

	@Override
	public void endPath() {
		clear();
	}

	@Override
	public void strokePath() {
		for (float[] s : segments) {
			add(s[0], s[1], s[2], s[3]);
		}
		for (Point2D[] r : rectangles) {
			for (int i = 0; i < 4; i++) {
				Point2D a = r[i];
				Point2D b = r[(i + 1) % 4];
				add((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY());
			}
		}
		clear();
	}

	@Override
	public void fillPath(int windingRule) {
		for (Point2D[] r : rectangles) {
			double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
			double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
			double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
			double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
			if (maxY - minY <= THIN && maxX - minX > THIN) {
				float y = (float) (minY + maxY) / 2;
				add((float) minX, y, (float) maxX, y);
			}
			else if (maxX - minX <= THIN && maxY - minY > THIN) {
				float x = (float) (minX + maxX) / 2;
				add(x, (float) minY, x, (float) maxY);
			}
		}
		clear();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		strokePath();
	}

	@Override
	public void clip(int windingRule) {
		// the clip path is ended by the following n operator (endPath)
	}

	@Override
	public void drawImage(PDImage pdImage) {
		images++;
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// a shading is colour, not a rule
	}

	private void clear() {
		segments.clear();
		rectangles.clear();
		current = null;
		start = null;
	}

	/** Adds an axis-aligned segment, turned into the frame; slanted ones are drawings, not rules. */
	private void add(float x1, float y1, float x2, float y2) {
		float ux1 = x1 - box.getLowerLeftX();
		float uy1 = y1 - box.getLowerLeftY();
		float ux2 = x2 - box.getLowerLeftX();
		float uy2 = y2 - box.getLowerLeftY();
		float ax = frame.x(ux1, uy1);
		float bx = frame.x(ux2, uy2);
		float ay = frame.y(ux1, uy1);
		float by = frame.y(ux2, uy2);
		if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) > THIN) {
			horizontal.add(new Rule((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
		}
		else if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) > THIN) {
			vertical.add(new Rule((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
		}
	}

	/** Joins rules on one line that touch or overlap (sorted by position). */
	private static void join(List<Rule> rules) {
		rules.sort(Comparator.comparingDouble((Rule r) -> Math.round(r.at() / TOLERANCE)).thenComparingDouble(Rule::from));
		List<Rule> out = new ArrayList<>();
		for (Rule r : rules) {
			Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && Math.abs(last.at() - r.at()) <= TOLERANCE && r.from() <= last.to() + TOLERANCE) {
				out.set(out.size() - 1, new Rule(last.at(), last.from(), Math.max(last.to(), r.to())));
			}
			else {
				out.add(r);
			}
		}
		rules.clear();
		rules.addAll(out);
	}
}
